/// The shape of a standard TOML file, as decoded.
struct StandardFile: Decodable {
    var schema: Int
    var id: String
    var version: Int
    var name: LocalizedText
    var arrival: [ChecklistSection]
    var rules: [RuleSection]
}
