import XCTest
@testable import OnsiteCore

/// The arrival gate: open items, plain ticks, the client's rules and relaying them to the crew.
final class ArrivalGateTests: ArrivalTestCase {
    func testFreshSiteIsIncompleteAndListsEveryRequiredItemAsOpen() {
        let standard = Fixture.standard
        XCTAssertFalse(site.isArrivalComplete(standard))
        XCTAssertEqual(site.arrivalProgress(standard), Progress(resolved: 0, total: standard.arrivalItems.count))

        let missing = site.arrivalMissing(standard)
        let requiredIDs = standard.arrivalItems.filter(\.required).map(\.id)
        XCTAssertEqual(requiredIDs.count, 20)
        XCTAssertEqual(missing.map(\.item.id), requiredIDs)
        for entry in missing {
            XCTAssertEqual(entry.gaps.first, .itemOpen(itemID: entry.item.id), "first gap of \(entry.item.id)")
        }
        let clientRules = missing.first { $0.item.id == "client-rules-briefed" }
        XCTAssertEqual(clientRules?.gaps, [.itemOpen(itemID: "client-rules-briefed"), .noClientRules])
        let areas = missing.first { $0.item.id == "areas-agreed" }
        XCTAssertEqual(areas?.gaps, [.itemOpen(itemID: "areas-agreed"), .workAreaMissing, .storageAreaMissing, .custodyMissing])
    }

    func testMarkingEachPlainItemDoneResolvesItOneByOne() throws {
        let plain = Fixture.standard.arrivalItems.filter { $0.kind == .check }
        XCTAssertEqual(plain.count, 16)
        for (index, item) in plain.enumerated() {
            XCTAssertFalse(site.isResolved(item))
            XCTAssertNil(arrivalError { try site.markDone(item, at: now) }, item.id)
            XCTAssertEqual(site.arrival.record(for: item.id).state, .done)
            XCTAssertTrue(site.isResolved(item), item.id)
            XCTAssertEqual(site.arrivalProgress(Fixture.standard).resolved, index + 1)
            XCTAssertFalse(site.arrivalMissing(Fixture.standard).contains { $0.item.id == item.id })
        }
        XCTAssertFalse(site.isArrivalComplete(Fixture.standard), "the special items are still open")
    }

    func testDoneRecordsTheCrewLeaderAndTheClockTimeWithItsOffset() {
        let item = Fixture.item("bring-toolbox")
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        let record = site.arrival.record(for: item.id)
        XCTAssertEqual(record.by, "Tom Baker")
        XCTAssertEqual(record.at, now)
        XCTAssertEqual(record.at?.offsetSeconds, 8 * 3600)
        XCTAssertEqual(record.at?.isoText, "2026-11-23T08:05:00+08:00")
        XCTAssertEqual(record.at?.clockTime, "08:05")
    }

    func testClientRulesItemCannotBeDoneWithoutRulesAndNothingChanges() {
        let item = Fixture.item("client-rules-briefed")
        let before = site
        XCTAssertEqual(arrivalError { try site.markDone(item, at: now) },
                       .incomplete(itemID: "client-rules-briefed", gaps: [.noClientRules]))
        XCTAssertEqual(site, before)
        XCTAssertEqual(site.arrival.record(for: item.id).state, .open)
        XCTAssertNil(site.arrival.items[item.id], "no record was created")
    }

    func testClientRulesItemCanBeDoneOnceARuleIsRecorded() {
        let item = Fixture.item("client-rules-briefed")
        XCTAssertNil(arrivalError { try site.addClientRule("Safety shoes in the hall", id: "r-1", at: now) })
        XCTAssertEqual(site.gaps(for: item), [])
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertTrue(site.isResolved(item))
    }

    func testRemovingTheLastRuleUnresolvesTheClientRulesItem() {
        let item = Fixture.item("client-rules-briefed")
        XCTAssertNil(arrivalError { try site.addClientRule("No food beyond the yellow line", id: "r-1", at: now) })
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertNil(arrivalError { try site.removeClientRule("r-1") })
        XCTAssertFalse(site.isResolved(item))
        XCTAssertEqual(site.arrivalMissing(Fixture.standard).first { $0.item.id == item.id }?.gaps, [.noClientRules])
        XCTAssertEqual(arrivalError { try site.removeClientRule("r-1") }, .unknownRecord("r-1"))
    }

    func testRelayToCrewWithoutRulesReportsNoClientRules() {
        let item = Fixture.item("client-rules-relayed")
        XCTAssertEqual(site.gaps(for: item), [.noClientRules])
        XCTAssertEqual(arrivalError { try site.markDone(item, at: now) },
                       .incomplete(itemID: item.id, gaps: [.noClientRules]))
    }

    func testRelayToCrewWithNoCrewReportsNoCrew() {
        site = Fixture.site(crew: [])
        XCTAssertNil(arrivalError { try site.addClientRule("Sign in at gate 2", id: "r-1", at: now) })
        XCTAssertEqual(site.gaps(for: Fixture.item("client-rules-relayed")), [.noCrew])
    }

    func testRelayToCrewNeedsEveryCrewMemberAcknowledged() {
        let item = Fixture.item("client-rules-relayed")
        XCTAssertNil(arrivalError { try site.addClientRule("Hot work only with a permit", id: "r-1", at: now) })
        clock.advance(by: 60)
        XCTAssertEqual(site.gaps(for: item), [.notAcknowledged(names: ["Tom Baker", "Ana Lima"])])

        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-1", at: now) })
        XCTAssertEqual(site.gaps(for: item), [.notAcknowledged(names: ["Ana Lima"])])
        let before = site
        XCTAssertEqual(arrivalError { try site.markDone(item, at: now) },
                       .incomplete(itemID: item.id, gaps: [.notAcknowledged(names: ["Ana Lima"])]))
        XCTAssertEqual(site, before)

        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-2", at: now) })
        XCTAssertEqual(site.gaps(for: item), [])
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertTrue(site.isResolved(item))
    }

    func testRuleAddedAfterAnAcknowledgmentMakesThatMemberMissingAgain() {
        let item = Fixture.item("client-rules-relayed")
        XCTAssertNil(arrivalError { try site.addClientRule("Hearing protection in the hall", id: "r-1", at: now) })
        clock.advance(by: 60)
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-1", at: now) })
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-2", at: now) })
        XCTAssertNil(arrivalError { try site.markDone(item, at: now) })
        XCTAssertTrue(site.isResolved(item))

        clock.advance(by: 600)
        XCTAssertNil(arrivalError { try site.addClientRule("No phones on the line", id: "r-2", at: now) })
        XCTAssertFalse(site.arrival.hasAcknowledgedCurrentRules("c-1"))
        XCTAssertEqual(site.gaps(for: item), [.notAcknowledged(names: ["Tom Baker", "Ana Lima"])])
        XCTAssertFalse(site.isResolved(item), "a done item whose rules changed is no longer resolved")

        clock.advance(by: 60)
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-2", at: now) })
        XCTAssertEqual(site.gaps(for: item), [.notAcknowledged(names: ["Tom Baker"])])
        XCTAssertEqual(site.arrival.acknowledgments.filter { $0.crewMemberID == "c-2" }.count, 1,
                       "a new acknowledgment replaces the old one")
    }

    func testRewordingARuleMeansTheCrewMustBeToldAgain() {
        let item = Fixture.item("client-rules-relayed")
        XCTAssertNil(arrivalError { try site.addClientRule("Sign in at gate 2", id: "r-1", at: now) })
        clock.advance(by: 60)
        for member in ["c-1", "c-2"] {
            XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: member, at: now) })
        }
        clock.advance(by: 60)
        XCTAssertNil(arrivalError { try site.editClientRule("r-1", text: "Sign in at gate 2", at: now) })
        XCTAssertEqual(site.gaps(for: item), [], "the same words are not a new rule")
        XCTAssertNil(arrivalError { try site.editClientRule("r-1", text: "Sign in at gate 2 before 07:45", at: now) })
        XCTAssertEqual(site.gaps(for: item), [.notAcknowledged(names: ["Tom Baker", "Ana Lima"])])
        XCTAssertEqual(arrivalError { try site.editClientRule("r-9", text: "x", at: now) }, .unknownRecord("r-9"))
    }

    func testAcknowledgingSomeoneOutsideTheCrewIsRefused() {
        let before = site
        XCTAssertEqual(arrivalError { try site.acknowledgeRules(crewMemberID: "nobody", at: now) },
                       .unknownCrewMember("nobody"))
        XCTAssertEqual(site, before)
    }

    func testWithdrawingAnAcknowledgmentMakesTheMemberMissing() {
        let item = Fixture.item("client-rules-relayed")
        XCTAssertNil(arrivalError { try site.addClientRule("Sign in at gate 2", id: "r-1", at: now) })
        clock.advance(by: 60)
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-1", at: now) })
        XCTAssertNil(arrivalError { try site.acknowledgeRules(crewMemberID: "c-2", at: now) })
        site.withdrawAcknowledgment(crewMemberID: "c-2")
        XCTAssertEqual(site.gaps(for: item), [.notAcknowledged(names: ["Ana Lima"])])
    }
}
