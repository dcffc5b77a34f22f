import ArgumentParser
import Foundation
import OnsiteCore

/// Checks every signed record against its seal and each site's chain of seals.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that signed records are unchanged: record hashes, seals, signatures and each site's chain.")

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("site"), help: "Check only this site (its id, the folder name under sites/).")
    var siteID: String?

    func run() throws {
        let store = SiteStore(directory: common.directory(), clock: SystemClock())
        // Reading only: no lock is needed, and nothing is moved or repaired.
        let result = store.loadAll(repair: false)
        var sites = result.sites
        if let siteID {
            sites = sites.filter { $0.id == siteID }
            if sites.isEmpty {
                if let problem = result.problems.first(where: { $0.path == store.directory.siteFile(siteID).path }) {
                    throw failure("\(siteID) site.json: unreadable — \(problem.cause.message)")
                }
                throw failure("no site \"\(siteID)\" in \(store.directory.root.path)", code: 2)
            }
        } else if let problem = result.problems.first {
            throw failure("cannot read \(problem.path): \(problem.cause.message)")
        }
        for site in sites {
            let read = store.readAllDays(siteID: site.id)
            switch ChainVerifier.verify(site: site, days: read.days, unreadable: read.unreadable) {
            case .success(let report): print(report.summary)
            case .failure(let failure): throw self.failure(failure.description)
            }
        }
        if sites.isEmpty { print("No sites in \(store.directory.root.path).") }
    }

    private func failure(_ text: String, code: Int32 = 1) -> ExitCode {
        FileHandle.standardError.write(Data("onsite verify: \(text)\n".utf8))
        return ExitCode(code)
    }
}
