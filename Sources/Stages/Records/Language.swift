/// The three classes the split stage files text under.
public enum Language: String, Codable, Sendable, CaseIterable {
    case ar, en, other
}
