/// The BIO tags over a list of entity kinds: tag 0 is O, then B and I for each kind in order.
/// The weights file names its kinds, so a later model may add one (publication) without code.
struct TaggerTagSet: Sendable, Equatable {
    let kinds: [EntityMention.Kind]

    var count: Int { 1 + 2 * kinds.count }

    static let outside = 0

    func begin(_ kind: Int) -> Int { 1 + 2 * kind }
    func inside(_ kind: Int) -> Int { 2 + 2 * kind }
    func isBegin(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 1 }
    func isInside(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 0 }
    /// The kind index of a B or I tag.
    func kindIndex(of tag: Int) -> Int { (tag - 1) / 2 }

    /// Whether `tag` may follow `previous` (nil at the start): I-X only after B-X or I-X.
    func allows(_ tag: Int, after previous: Int?) -> Bool {
        guard isInside(tag) else { return true }
        guard let previous, previous != Self.outside else { return false }
        return kindIndex(of: previous) == kindIndex(of: tag)
    }
}
