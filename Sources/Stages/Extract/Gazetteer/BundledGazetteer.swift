/// The gazetteer shipped with the package (gazetteer.json beside this file), compiled into the
/// binary by SwiftPM's `embedInCode`: no bundle to find at run time.
enum BundledGazetteer {
    static let name = "bundled gazetteer.json"
    static var bytes: [UInt8] { PackageResources.gazetteer_json }
}
