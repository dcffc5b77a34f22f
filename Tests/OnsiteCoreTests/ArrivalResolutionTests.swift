import XCTest
@testable import OnsiteCore

/// Areas, liaisons, "not applicable", reopening, and arrival as a whole.
final class ArrivalResolutionTests: ArrivalTestCase {
    func testAreasNeedWorkAreaStorageAreaAndACustodyEntry() {
        let item = Fixture.item("areas-agreed")
        XCTAssertEqual(site.gaps(for: item), [.workAreaMissing, .storageAreaMissing, .custodyMissing])

        XCTAssertNil(arrivalError { try site.setWorkArea("Line 3, bays 12 to 15") })
        XCTAssertEqual(site.gaps(for: item), [.storageAreaMissing, .custodyMissing])
        XCTAssertNil(arrivalError { try site.setStorageArea("Container 2 by gate 4") })
        XCTAssertEqual(site.gaps(for: item), [.custodyMissing])
        let before = site
        XCTAssertEqual(arrivalError { try site.markDone(item, at: now) },
                       .incomplete(itemID: item.id, gaps: [.custodyMissing]))
        XCTAssertEqual(site, before)

        let custody = Custody(id: "k-1", items: "Tools and spare parts", responsible: "Ana Lima")
        XCTAssertNil(arrivalError { try site.saveCustody(custody) })
        XCTAssertEqual(site.gaps(for: item), [])
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertTrue(site.isResolved(item))

        XCTAssertNil(arrivalError { try site.removeCustody("k-1") })
        XCTAssertFalse(site.isResolved(item), "removing the only custody entry reopens the gap")
    }

    func testWhitespaceOnlyAreaCountsAsMissing() {
        XCTAssertNil(arrivalError { try site.setWorkArea(" \t ") })
        XCTAssertEqual(site.arrival.workArea, "")
        XCTAssertEqual(site.gaps(for: Fixture.item("areas-agreed")).first, .workAreaMissing)
    }

    func testCustodyNeedsItemsAndSomeoneResponsible() {
        let before = site
        XCTAssertEqual(arrivalError { try site.saveCustody(Custody(id: "k-1", items: "Tools", responsible: "  ")) }, .emptyText)
        XCTAssertEqual(arrivalError { try site.saveCustody(Custody(id: "k-1", items: "", responsible: "Ana")) }, .emptyText)
        XCTAssertEqual(site, before)
        XCTAssertNil(arrivalError { try site.saveCustody(Custody(id: "k-1", items: "Tools", responsible: "Ana")) })
        XCTAssertNil(arrivalError { try site.saveCustody(Custody(id: "k-1", items: "Tools and cable", responsible: "Ana")) })
        XCTAssertEqual(site.arrival.custody, [Custody(id: "k-1", items: "Tools and cable", responsible: "Ana")],
                       "saving the same id replaces the entry")
    }

    func testLiaisonsNeedAtLeastOneLiaison() {
        site = Fixture.site(liaisons: [])
        let item = Fixture.item("liaisons-introduced")
        XCTAssertEqual(site.gaps(for: item), [.noLiaisons])
        XCTAssertEqual(arrivalError { try site.markDone(item, at: now) }, .incomplete(itemID: item.id, gaps: [.noLiaisons]))
        XCTAssertEqual(site.arrival.record(for: item.id).state, .open)
    }

    func testLiaisonsNeedDutiesForEachOfThem() {
        let vague = Liaison(id: "l-2", name: "Lucy Grant", role: "   ", phone: "")
        let alsoVague = Liaison(id: "l-3", name: "Zhou Ming", role: "", phone: "")
        site = Fixture.site(liaisons: [Fixture.liaison, vague, alsoVague])
        let item = Fixture.item("liaisons-introduced")
        XCTAssertEqual(site.gaps(for: item), [.liaisonsWithoutDuties(names: ["Lucy Grant", "Zhou Ming"])])

        site.profile.liaisons[1].role = "Safety officer: hot-work permits"
        site.profile.liaisons[2].role = "Stores"
        XCTAssertEqual(site.gaps(for: item), [])
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertTrue(site.isResolved(item))
    }

    func testNotApplicableNeedsANonEmptyReasonAndNothingChangesWithoutOne() {
        let item = Fixture.item("bring-spare-parts")
        for reason in ["", "   ", "\t \t"] {
            let before = site
            XCTAssertEqual(arrivalError { try site.markNotApplicable(item, reason: reason, at: now) }, .emptyText,
                           "reason \(reason.debugDescription)")
            XCTAssertEqual(site, before)
        }
        XCTAssertFalse(site.isResolved(item))
    }

    func testNotApplicableWithAReasonCountsAsResolvedEvenWhenDataIsMissing() {
        let item = Fixture.item("client-rules-briefed")
        XCTAssertEqual(site.gaps(for: item), [.noClientRules])
        XCTAssertNil(arrivalError { try site.markNotApplicable(item, reason: "  The client has no rules of its own  ", at: now) })
        let record = site.arrival.record(for: item.id)
        XCTAssertEqual(record.state, .notApplicable)
        XCTAssertEqual(record.reason, "The client has no rules of its own")
        XCTAssertEqual(record.by, "Tom Baker")
        XCTAssertEqual(record.at, now)
        XCTAssertTrue(site.isResolved(item))
        XCTAssertFalse(site.arrivalMissing(Fixture.standard).contains { $0.item.id == item.id })
    }

    func testReopenPutsAResolvedItemBackToOpenAndKeepsItsNote() {
        let item = Fixture.item("bring-ppe")
        XCTAssertNil(arrivalError { try site.setNote("Two spare helmets", for: item) })
        XCTAssertNil(arrivalError { try site.markNotApplicable(item, reason: "Client supplies PPE", at: now) })
        site.reopen(item)
        XCTAssertEqual(site.arrival.record(for: item.id), ItemRecord(state: .open, note: "Two spare helmets"))
        XCTAssertFalse(site.isResolved(item))
        XCTAssertEqual(site.arrivalMissing(Fixture.standard).first { $0.item.id == item.id }?.gaps, [.itemOpen(itemID: item.id)])

        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        site.reopen(item)
        XCTAssertEqual(site.arrival.record(for: item.id).state, .open)
        XCTAssertNil(site.arrival.record(for: item.id).by)
    }

    func testDoneItemIsNoLongerResolvedWhenANewCrewMemberJoins() {
        let item = Fixture.item("client-rules-relayed")
        XCTAssertNil(arrivalError { try site.addClientRule("Sign in at gate 2", id: "r-1", at: now) })
        clock.advance(by: 60)
        for member in ["c-1", "c-2"] {
            XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: member, at: now) })
        }
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertTrue(site.isResolved(item))

        site.profile.crew.append(CrewMember(id: "c-3", name: "Wei Zhang", role: "Electrician"))
        XCTAssertEqual(site.arrival.record(for: item.id).state, .done, "the record itself is untouched")
        XCTAssertFalse(site.isResolved(item))
        let entry = site.arrivalMissing(Fixture.standard).first { $0.item.id == item.id }
        XCTAssertEqual(entry?.gaps, [.notAcknowledged(names: ["Wei Zhang"])], "a done item lists what is missing, not itemOpen")
    }

    func testCompletingEveryItemCompletesArrival() {
        let standard = Fixture.standard
        for item in standard.arrivalItems where item.kind == .check {
            XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        }
        XCTAssertNil(arrivalError { try site.addClientRule("Safety shoes in the hall", id: "r-1", at: now) })
        clock.advance(by: 60)
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-1", at: now) })
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-2", at: now) })
        XCTAssertNil(arrivalError { try site.setWorkArea("Line 3") })
        XCTAssertNil(arrivalError { try site.setStorageArea("Container 2") })
        XCTAssertNil(arrivalError { try site.saveCustody(Custody(id: "k-1", items: "Tools", responsible: "Ana Lima")) })
        for id in ["client-rules-briefed", "client-rules-relayed", "areas-agreed"] {
            XCTAssertNil(arrivalError { try site.markDone(Fixture.item(id), at: now) }, id)
        }
        XCTAssertFalse(site.isArrivalComplete(standard), "liaisons is still open")
        XCTAssertEqual(site.arrivalMissing(standard).map(\.item.id), ["liaisons-introduced"])

        XCTAssertNil(arrivalError { try site.markDone(Fixture.item("liaisons-introduced"), at: now) })
        XCTAssertTrue(site.isArrivalComplete(standard))
        XCTAssertTrue(site.arrivalMissing(standard).isEmpty)
        XCTAssertEqual(site.arrivalProgress(standard), Progress(resolved: 20, total: 20))
        XCTAssertTrue(site.arrivalProgress(standard).isComplete)
        XCTAssertEqual(site.arrivalProgress(standard).fraction, 1)
    }
}
