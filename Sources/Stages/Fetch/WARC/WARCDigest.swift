import Crypto

/// The digests WARC records carry: `sha1:` and the SHA-1 in base 32, the form wget, warcio
/// and Heritrix write and CDX indexes expect.
public enum WARCDigest {
    public static func sha1(_ bytes: [UInt8]) -> String {
        "sha1:" + Base32.encode(Insecure.SHA1.hash(data: bytes))
    }
}
