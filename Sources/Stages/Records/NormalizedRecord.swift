/// A language part with normalized text and annotations: the normalize stage's output and
/// the extract stage's input.
///
/// `text` is the normalized text; `annotations` point into it. Filter-mode inputs need
/// `id` and `text`; without annotations, extract finds no quantities or dates.
public struct NormalizedRecord: Codable, Sendable, Equatable {
    /// Everything the split stage wrote, with `text` replaced by the normalized text.
    public var part: SplitRecord
    public var originalText: String
    public var annotations: [Annotation]

    public init(part: SplitRecord, originalText: String, annotations: [Annotation]) {
        self.part = part
        self.originalText = originalText
        self.annotations = annotations
    }

    enum CodingKeys: String, CodingKey {
        case annotations
        case originalText = "original_text"
    }

    public init(from decoder: Decoder) throws {
        part = try SplitRecord(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        originalText = try c.decodeIfPresent(String.self, forKey: .originalText) ?? part.text
        annotations = try c.decodeIfPresent([Annotation].self, forKey: .annotations) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        try part.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(originalText, forKey: .originalText)
        try c.encode(annotations, forKey: .annotations)
    }
}
