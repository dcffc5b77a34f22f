import XCTest
@testable import OnsiteCore

/// The site form: what it requires, what it refuses, and what a valid form becomes.
final class SiteDraftValidationTests: XCTestCase {
    private func validDraft() -> SiteDraft {
        var draft = SiteDraft()
        draft.name = "Line 3 filler installation"
        draft.address = "14 Harbour Road, Building C"
        draft.client = "Northgate Bottling Co."
        draft.projectManager = "Helen Carter"
        draft.engineeringHead = "Raj Patel"
        draft.plannedStart = "2026-11-23"
        draft.plannedEnd = "2026-12-17"
        draft.liaisons = [SiteDraft.LiaisonRow(name: "Mark Hughes", role: "Production manager", phone: "+86 138 1234 5678")]
        draft.crew = [SiteDraft.CrewRow(name: "Tom Baker", role: "Crew leader"), SiteDraft.CrewRow(name: "Ana Lima", role: "Fitter")]
        return draft
    }

    private func problems(_ draft: SiteDraft) -> [SiteField: FieldProblem] {
        switch draft.validate(ids: SequentialIdSource(prefix: "t")) {
        case .success: return [:]
        case .failure(let errors): return errors.problems
        }
    }

    func testAnEmptyDraftReportsEveryRequiredField() {
        XCTAssertEqual(problems(SiteDraft()), [
            .name: .required, .address: .required, .client: .required, .projectManager: .required,
            .engineeringHead: .required, .plannedStart: .required, .plannedEnd: .required, .crewName(0): .required,
        ])
    }

    func testWhitespaceOnlyRequiredFieldsAreRequired() {
        var draft = validDraft()
        draft.name = "   "
        draft.address = "\t"
        draft.client = " \t "
        draft.plannedStart = "  "
        XCTAssertEqual(problems(draft), [.name: .required, .address: .required, .client: .required, .plannedStart: .required])
    }

    func testImpossibleAndUnreadableDatesAreInvalid() {
        for text in ["tomorrow", "23/11/2026", "2026-11", "26-11-23"] {
            var draft = validDraft()
            draft.plannedStart = text
            XCTAssertEqual(problems(draft), [.plannedStart: .invalidDate], text)
        }
        for text in ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31"] {
            var draft = validDraft()
            draft.plannedStart = text
            XCTAssertEqual(problems(draft), [.plannedStart: .noSuchDate], text)
        }
    }

    func testOtherDateSeparatorsAreAccepted() {
        var draft = validDraft()
        draft.plannedStart = "2026/11/23"
        draft.plannedEnd = " 2026.12.7 "
        let profile = try? draft.validate(ids: SequentialIdSource()).get()
        XCTAssertEqual(profile?.plannedStart, LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(profile?.plannedEnd, LocalDate(year: 2026, month: 12, day: 7))
    }

    func testEndBeforeStartIsRefusedButTheSameDayIsFine() {
        var draft = validDraft()
        draft.plannedEnd = "2026-11-22"
        XCTAssertEqual(problems(draft), [.plannedEnd: .endBeforeStart])
        draft.plannedEnd = "2026-11-23"
        XCTAssertEqual(problems(draft), [:])
    }

    func testPhoneNumbers() {
        for valid in ["+86 138 1234 5678", "021-5888 1234", "(021) 5888.1234", "12345"] {
            XCTAssertTrue(SiteDraft.isPlausiblePhone(valid), valid)
            var draft = validDraft()
            draft.liaisons[0].phone = valid
            XCTAssertEqual(problems(draft), [:], valid)
        }
        for invalid in ["abc", "12", "1+2", "1234", "138-1234-5678 ext", "123456789012345678901"] {
            XCTAssertFalse(SiteDraft.isPlausiblePhone(invalid), invalid)
            var draft = validDraft()
            draft.liaisons[0].phone = invalid
            XCTAssertEqual(problems(draft), [.liaisonPhone(0): .invalidPhone], invalid)
        }
        var noPhone = validDraft()
        noPhone.liaisons[0].phone = ""
        XCTAssertEqual(problems(noPhone), [:], "a phone number is optional")
    }

    func testBlankLiaisonRowsAreIgnoredButAPartRowNeedsAName() throws {
        var draft = validDraft()
        let mark = draft.liaisons[0]
        draft.liaisons = [SiteDraft.LiaisonRow(), mark, SiteDraft.LiaisonRow(name: "  ", role: " ", phone: "")]
        let profile = try draft.validate(ids: SequentialIdSource()).get()
        XCTAssertEqual(profile.liaisons.map(\.name), ["Mark Hughes"])

        draft.liaisons.append(SiteDraft.LiaisonRow(role: "Stores"))
        XCTAssertEqual(problems(draft), [.liaisonName(3): .required])
    }

    func testNoLiaisonsAtAllIsAValidForm() throws {
        var draft = validDraft()
        draft.liaisons = [SiteDraft.LiaisonRow()]
        XCTAssertEqual(try draft.validate(ids: SequentialIdSource()).get().liaisons, [])
    }

    func testTheFirstCrewRowIsRequiredAndLaterBlankRowsAreIgnored() throws {
        var draft = validDraft()
        draft.crew = [SiteDraft.CrewRow(), SiteDraft.CrewRow(name: "Ana Lima")]
        XCTAssertEqual(problems(draft), [.crewName(0): .required])

        draft.crew = [SiteDraft.CrewRow(name: "Tom Baker"), SiteDraft.CrewRow(), SiteDraft.CrewRow(name: " ", role: "")]
        XCTAssertEqual(try draft.validate(ids: SequentialIdSource()).get().crew.map(\.name), ["Tom Baker"])

        draft.crew.append(SiteDraft.CrewRow(role: "Fitter"))
        XCTAssertEqual(problems(draft), [.crewName(3): .required])
    }

    func testAFieldOverTwoHundredCharactersIsTooLong() {
        XCTAssertEqual(SiteDraft.maxFieldLength, 200)
        var draft = validDraft()
        draft.name = String(repeating: "厂", count: 200)
        draft.crew[0].role = String(repeating: "r", count: 200)
        XCTAssertEqual(problems(draft), [:], "exactly 200 is fine")

        draft.name = String(repeating: "厂", count: 201)
        draft.liaisons[0].role = String(repeating: "r", count: 201)
        draft.crew[1].name = String(repeating: "n", count: 201)
        XCTAssertEqual(problems(draft), [
            .name: .tooLong(limit: 200), .liaisonRole(0): .tooLong(limit: 200), .crewName(1): .tooLong(limit: 200),
        ])
    }

    func testAValidDraftGivesAProfileWithIdsFromTheIdSource() throws {
        var draft = validDraft()
        draft.name = "  Line 3 filler installation  "
        let profile = try draft.validate(ids: SequentialIdSource(prefix: "t")).get()
        XCTAssertEqual(profile, SiteProfile(
            name: "Line 3 filler installation", address: "14 Harbour Road, Building C", client: "Northgate Bottling Co.",
            liaisons: [Liaison(id: "t-1", name: "Mark Hughes", role: "Production manager", phone: "+86 138 1234 5678")],
            crew: [CrewMember(id: "t-2", name: "Tom Baker", role: "Crew leader"), CrewMember(id: "t-3", name: "Ana Lima", role: "Fitter")],
            projectManager: "Helen Carter", engineeringHead: "Raj Patel",
            plannedStart: LocalDate(year: 2026, month: 11, day: 23), plannedEnd: LocalDate(year: 2026, month: 12, day: 17)))
        XCTAssertEqual(profile.crewLeader?.name, "Tom Baker")
    }

    func testExistingRowIdsAreKept() throws {
        var draft = validDraft()
        draft.crew[0].id = "kept-crew"
        draft.liaisons[0].id = "kept-liaison"
        let profile = try draft.validate(ids: SequentialIdSource(prefix: "new")).get()
        XCTAssertEqual(profile.crew.map(\.id), ["kept-crew", "new-1"])
        XCTAssertEqual(profile.liaisons.map(\.id), ["kept-liaison"])
    }

    func testValidationNeverChangesTheDraft() {
        var draft = validDraft()
        draft.name = "  \u{1b}[2J Line 3\t "
        draft.plannedStart = "2026-02-30"
        draft.liaisons[0].phone = "abc"
        draft.crew.append(SiteDraft.CrewRow())
        let typed = draft
        _ = draft.validate(ids: SequentialIdSource())
        XCTAssertEqual(draft, typed)
        XCTAssertEqual(draft.name, "  \u{1b}[2J Line 3\t ")

        var valid = validDraft()
        valid.client = "  Northgate  "
        let typedValid = valid
        XCTAssertNoThrow(try valid.validate(ids: SequentialIdSource()).get())
        XCTAssertEqual(valid, typedValid)
    }

    func testFieldsAreSanitisedInTheProfile() throws {
        var draft = validDraft()
        draft.name = "Line\u{1b}[2J 3"
        let profile = try draft.validate(ids: SequentialIdSource()).get()
        XCTAssertEqual(profile.name, "Line\(TextSanitizer.replacement)[2J 3")
    }

    func testDraftFromAProfileValidatesToTheSameProfile() throws {
        let profile = try validDraft().validate(ids: SequentialIdSource(prefix: "t")).get()
        let draft = SiteDraft(profile: profile)
        XCTAssertEqual(draft.plannedStart, "2026-11-23")
        XCTAssertEqual(draft.crew.map(\.id), ["t-2", "t-3"])
        XCTAssertEqual(try draft.validate(ids: SequentialIdSource(prefix: "other")).get(), profile)

        let demo = DemoSite.make(standard: Fixture.standard, clock: Fixture.clock(), ids: SequentialIdSource(), language: .chinese)
        XCTAssertEqual(try SiteDraft(profile: demo.profile).validate(ids: SequentialIdSource(prefix: "x")).get(), demo.profile)
    }

    func testDraftFromAProfileWithoutLiaisonsStillHasOneRowToTypeIn() {
        let profile = Fixture.profile(liaisons: [])
        let draft = SiteDraft(profile: profile)
        XCTAssertEqual(draft.liaisons, [SiteDraft.LiaisonRow()])
        XCTAssertEqual(try? draft.validate(ids: SequentialIdSource()).get(), profile)
    }
}
