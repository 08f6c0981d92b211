import Foundation
import LEDDiagnostics

/// Remembers `--patterns` files parsed: each file's YAML parsed into a ``CatalogNodeArchive`` (the form the
/// built-in catalog is embedded in), one file per catalog file in `$XDG_CACHE_HOME/leddiag/catalogs`
/// (`~/.cache/leddiag/catalogs` without it), named by a hash of leddiag's version and the file's name and
/// text. Loading a file again reads its archive instead of parsing its YAML — most of the load of a large
/// catalog. An entry that cannot be read or decoded only means the YAML is parsed again; like
/// ``ExampleCheckCache``, the hash tells accidental changes apart and is no defence against someone who
/// writes into the cache directory.
struct CatalogArchiveCache {
    /// The directory; `nil` when neither `XDG_CACHE_HOME` nor `HOME` says where it is.
    let directory: String?

    /// The cache under `environment`'s `XDG_CACHE_HOME` (absolute), else `HOME/.cache`.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        directory = UserCache.directory("catalogs", environment: environment)
    }

    /// The name of `file`'s entry.
    static func key(_ file: CatalogFile, version: String = LEDDiagVersion.current) -> String {
        var hash = UserCache.FNV128()
        hash.add(version)
        hash.add(file.name)
        hash.add(file.text)
        return hash.hex
    }

    /// `files` with the archives of those parsed before; the others are parsed by `loader` now and
    /// remembered (best effort). Files that already carry an archive (the built-in catalog's) are kept.
    func archived(_ files: [CatalogFile], loader: CatalogLoader) -> [CatalogFile] {
        guard let directory else { return files }
        var created = false
        return files.map { file in
            guard file.archive == nil else { return file }
            let path = directory + "/" + Self.key(file)
            if let data = FileManager.default.contents(atPath: path) {
                return CatalogFile(name: file.name, text: file.text, archive: String(decoding: data, as: UTF8.self))
            }
            guard let archive = loader.archive(file) else { return file }
            if !created {
                try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                created = true
            }
            // Written aside and renamed, so that a reader never sees half an entry.
            let temporary = path + ".\(getpid()).tmp"
            if FileManager.default.createFile(atPath: temporary, contents: Data(archive.utf8)) {
                if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
            }
            return CatalogFile(name: file.name, text: file.text, archive: archive)
        }
    }
}
