import Foundation

/// Decodes a stage's config section over its defaults.
///
/// The defaults are `Options()` encoded to JSON; the user's section is merged over them key by
/// key, so a key the defaults lack is an unknown key, and the merged object is decoded with
/// the synthesized Codable, so a wrong type names its key path. The canonical merged JSON is
/// what the config hash covers: spelling out a default does not make a stage stale.
enum OptionsLoader {
    struct Loaded<O: StageOptions> {
        var options: O
        var canonicalJSON: Data
    }

    static func load<O: StageOptions>(_ type: O.Type, section: Any?, keyPath: String, file: String) throws -> Loaded<O> {
        let defaults = try JSONSerialization.jsonObject(with: RecordCoding.encode(O()))
        var problems: [ConfigError.Problem] = []
        let merged: Any
        if let section {
            merged = merge(section, over: defaults, path: keyPath, problems: &problems)
        } else {
            merged = defaults
        }
        if !problems.isEmpty { throw ConfigError(file: file, problems: problems) }
        let data = try JSONSerialization.data(withJSONObject: merged, options: [.sortedKeys, .withoutEscapingSlashes])
        do {
            return Loaded(options: try JSONDecoder().decode(O.self, from: data), canonicalJSON: data)
        } catch let error as DecodingError {
            throw ConfigError(file: file, key: keyPath + pathSuffix(of: error), message: LineDecoder.describeConfig(error))
        }
    }

    private static func merge(_ value: Any, over defaults: Any, path: String, problems: inout [ConfigError.Problem]) -> Any {
        guard let defaultObject = defaults as? [String: Any] else { return value }
        guard let object = value as? [String: Any] else {
            problems.append(.init(key: path, message: "expected an object"))
            return defaults
        }
        var merged = defaultObject
        for key in object.keys.sorted() {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard let defaultValue = defaultObject[key] else {
                let known = defaultObject.keys.sorted().joined(separator: ", ")
                problems.append(.init(key: keyPath, message: "unknown key (known keys: \(known.isEmpty ? "none" : known))"))
                continue
            }
            merged[key] = merge(object[key]!, over: defaultValue, path: keyPath, problems: &problems)
        }
        return merged
    }

    /// The key path a decoding error points at, as `.key[1].other`.
    static func pathSuffix(of error: DecodingError) -> String {
        let keys: [CodingKey]
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): keys = c.codingPath
        case .keyNotFound(let key, let c): keys = c.codingPath + [key]
        @unknown default: keys = []
        }
        return keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

extension LineDecoder {
    /// A decoding error as a config message, without the key path (the caller prints it).
    static func describeConfig(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, _): return "wrong type: expected \(typeName(type))"
        case .valueNotFound(let type, _): return "null where \(typeName(type)) is required"
        case .keyNotFound: return "missing"
        case .dataCorrupted(let c): return c.debugDescription
        @unknown default: return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        default: return "\(type)"
        }
    }
}
