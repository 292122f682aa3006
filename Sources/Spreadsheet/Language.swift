/// The language of messages shown to users: Indonesian by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case id, en
}

