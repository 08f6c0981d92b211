import Foundation

/// The YAML files of a `--patterns` folder: every `.yaml` and `.yml` file below it, in path order,
/// following symbolic links to files and to folders (a catalog kept elsewhere and linked in is read, as
/// `find -L` would), each real folder once — a link that leads back into a folder already being read is
/// skipped with a warning instead of looping.
struct CatalogFolder {
    /// The folder as given.
    let path: String
    /// The catalog files' paths, sorted, each under ``path`` as the user would write it.
    private(set) var files: [String] = []
    /// What was left out and why (symbolic link cycles).
    private(set) var warnings: [String] = []

    /// Lists the folder; a folder below it that cannot be listed is an error naming it.
    init(_ path: String) throws {
        self.path = path
        var visited: Set<String> = []
        try walk(path, visited: &visited)
        files.sort()
    }

    private mutating func walk(_ folder: String, visited: inout Set<String>) throws {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        guard visited.insert(real).inserted else {
            warnings.append(
                "--patterns \(path): \(folder) leads to \(real), which is already read (a symbolic link loop or a "
                    + "second link); skipped"
            )
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CLIError("--patterns \(path): cannot list \(folder): \(Self.reason(error))")
        }
        for name in names.sorted() {
            let child = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            // Follows links; a dangling link to a `.yaml` name is kept, so that reading it says what is wrong.
            let exists = FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory)
            if exists, isDirectory.boolValue {
                try walk(child, visited: &visited)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                files.append(child)
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription
            ?? error.localizedDescription
    }
}
