import FuzzSupport
import Stages

/// The charset decoder on any bytes. An input whose first line starts with `Content-Type:`
/// gives that line (without the prefix) as the HTTP header and the rest as the page; any other
/// input is decoded without a header and again with a header chosen by its length, so both
/// the header and the detection paths run.
private let decoder = CharsetDecoder()
private let headers = [
    "text/html; charset=utf-8", "text/html; charset=windows-1256", "text/html; charset=iso-8859-6",
    "text/html;charset=\"UTF-16LE\"", "text/html; charset=x-no-such-charset", "text/html",
]
private let prefix = Array("Content-Type:".utf8)

/// Exported under libFuzzer's name too: the toolchain's libFuzzer `main` is linked in (and
/// then shadowed by SwiftPM's) and needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCharset(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = FuzzInput.bytes(data, size)
    if bytes.starts(with: prefix) {
        let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let header = String(decoding: bytes[prefix.count..<lineEnd], as: UTF8.self)
        let body = Array(bytes[min(lineEnd + 1, bytes.endIndex)...])
        _ = decoder.decode(body, contentType: header)
    } else {
        _ = decoder.decode(bytes, contentType: nil)
        _ = decoder.decode(bytes, contentType: headers[size % headers.count])
    }
    return 0
}
