/// Who and where: what the crew leader fills in when a site is set up.
public struct SiteProfile: Codable, Hashable, Sendable {
    public var name: String
    public var address: String
    public var client: String
    public var liaisons: [Liaison]
    /// The crew; the first member is the crew leader.
    public var crew: [CrewMember]
    public var projectManager: String
    public var engineeringHead: String
    public var plannedStart: LocalDate
    public var plannedEnd: LocalDate

    public init(
        name: String, address: String, client: String, liaisons: [Liaison], crew: [CrewMember],
        projectManager: String, engineeringHead: String, plannedStart: LocalDate, plannedEnd: LocalDate
    ) {
        self.name = name
        self.address = address
        self.client = client
        self.liaisons = liaisons
        self.crew = crew
        self.projectManager = projectManager
        self.engineeringHead = engineeringHead
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
    }

    /// The crew leader (the first crew member), if the crew has anyone.
    public var crewLeader: CrewMember? { crew.first }
}
