import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteUI

/// Prints every site with its progress per phase.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every site with its progress per phase.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let directory = common.directory()
        let clock = SystemClock()
        let store = SiteStore(directory: directory, clock: clock)
        // Reading only: no lock is needed, and nothing is moved or repaired.
        let result = store.loadAll(repair: false)
        // Each site is measured against its own copy of the standard it started with.
        let standard: (Site) -> ServiceStandard = { result.standards[$0.standard.sha256]?.standard ?? StandardLoader.defaultStandard() }
        for problem in result.problems {
            FileHandle.standardError.write(Data("onsite: cannot read \(problem.path)\(problem.cause.line.map { ":\($0)" } ?? ""): \(problem.cause.message)\n".utf8))
        }
        let today = Timestamp(clock: clock).localDate
        if json {
            print(try listJSON(result.sites, standard, today: today))
        } else {
            print(listTable(result.sites, standard, today: today))
        }
    }

    private func listJSON(_ sites: [Site], _ standard: (Site) -> ServiceStandard, today: LocalDate) throws -> String {
        let entries = sites.map { site in
            let arrival = site.arrivalProgress(standard(site))
            return SiteListEntry(
                id: site.id, name: site.profile.name, client: site.profile.client, demo: site.isDemo,
                plannedStart: site.profile.plannedStart.isoText, plannedEnd: site.profile.plannedEnd.isoText,
                phases: [PhaseProgress(phase: "arrival", resolved: arrival.resolved, total: arrival.total,
                                       complete: site.isArrivalComplete(standard(site)))],
                days: site.days.count, signedDays: site.days.filter { $0.state == .signed }.count,
                closedWithoutSignature: site.days.filter { $0.state == .closedWithoutSignature }.count,
                openProblems: site.registers.openProblems.count, overdueProblems: site.registers.overdueProblems(on: today).count,
                openBorrowings: site.registers.openBorrowings.count)
        }
        let data = try JSONFormat.encode(SiteListDocument(schema: 1, sites: entries))
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    private func listTable(_ sites: [Site], _ standard: (Site) -> ServiceStandard, today: LocalDate) -> String {
        guard !sites.isEmpty else { return "No sites yet in \(common.directory().root.path). Run `onsite` to start one, or `onsite demo`." }
        TerminalLocale.ensureUTF8()
        var rows = [["SITE", "CLIENT", "ARRIVAL", "DAYS", "SIGNED", "PROBLEMS", "STATUS"]]
        for site in sites {
            let arrival = site.arrivalProgress(standard(site))
            var status = site.isArrivalComplete(standard(site)) ? "arrival complete" : "arrival in progress"
            let overdue = site.registers.overdueProblems(on: today).count
            if overdue > 0 { status += ", \(overdue) overdue" }
            let name = TextSanitizer.singleLine(site.profile.name) + (site.isDemo ? " [DEMO]" : "")
            rows.append([name, TextSanitizer.singleLine(site.profile.client), "\(arrival.resolved)/\(arrival.total)",
                         "\(site.days.count)", "\(site.days.filter { $0.state == .signed }.count)", "\(site.registers.openProblems.count) open", status])
        }
        // Columns line up by display width, so Chinese names align too.
        let widths = (0..<rows[0].count).map { column in min(48, rows.map { TextWidth.cells(of: $0[column]) }.max() ?? 0) }
        return rows.map { row in
            row.enumerated().map { column, text in column == row.count - 1 ? text : TextWidth.pad(text, to: widths[column]) }.joined(separator: "  ")
        }.joined(separator: "\n")
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
    var days: Int
    var signedDays: Int
    var closedWithoutSignature: Int
    var openProblems: Int
    var overdueProblems: Int
    var openBorrowings: Int
}

/// Progress of one phase in `onsite list --json`.
struct PhaseProgress: Encodable {
    var phase: String
    var resolved: Int
    var total: Int
    var complete: Bool
}
