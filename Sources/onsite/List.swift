import ArgumentParser
import Foundation
import OnsiteCore

/// Prints every site with its progress per phase.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every site with its progress per phase.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let directory = common.directory()
        let store = SiteStore(directory: directory, clock: SystemClock())
        // Reading only: no lock is needed, and nothing is moved or repaired.
        let result = store.loadAll(repair: false)
        let standard = StandardLoader.defaultStandard()
        for problem in result.problems {
            FileHandle.standardError.write(Data("onsite: cannot read \(problem.path)\(problem.cause.line.map { ":\($0)" } ?? ""): \(problem.cause.message)\n".utf8))
        }
        if json {
            print(try listJSON(result.sites, standard))
        } else {
            print(listTable(result.sites, standard))
        }
    }

    private func listJSON(_ sites: [Site], _ standard: ServiceStandard) throws -> String {
        let entries = sites.map { site in
            let arrival = site.arrivalProgress(standard)
            return SiteListEntry(
                id: site.id, name: site.profile.name, client: site.profile.client, demo: site.isDemo,
                plannedStart: site.profile.plannedStart.isoText, plannedEnd: site.profile.plannedEnd.isoText,
                phases: [PhaseProgress(phase: "arrival", resolved: arrival.resolved, total: arrival.total,
                                       complete: site.isArrivalComplete(standard))])
        }
        let data = try JSONFormat.encode(SiteListDocument(schema: 1, sites: entries))
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    private func listTable(_ sites: [Site], _ standard: ServiceStandard) -> String {
        guard !sites.isEmpty else { return "No sites yet in \(common.directory().root.path). Run `onsite` to start one, or `onsite demo`." }
        var lines = ["SITE\tCLIENT\tARRIVAL\tSTATUS"]
        for site in sites {
            let arrival = site.arrivalProgress(standard)
            let status = site.isArrivalComplete(standard) ? "arrival complete" : "arrival in progress"
            let name = TextSanitizer.singleLine(site.profile.name) + (site.isDemo ? " [DEMO]" : "")
            lines.append("\(name)\t\(TextSanitizer.singleLine(site.profile.client))\t\(arrival.resolved)/\(arrival.total)\t\(status)")
        }
        return lines.joined(separator: "\n")
    }
}

/// `onsite list --json`: the document the office's scripts read.
struct SiteListDocument: Encodable {
    var schema: Int
    var sites: [SiteListEntry]
}

/// One site in `onsite list --json`.
struct SiteListEntry: Encodable {
    var id: String
    var name: String
    var client: String
    var demo: Bool
    var plannedStart: String
    var plannedEnd: String
    var phases: [PhaseProgress]
}

/// Progress of one phase in `onsite list --json`.
struct PhaseProgress: Encodable {
    var phase: String
    var resolved: Int
    var total: Int
    var complete: Bool
}
