import Foundation

/// A regular file as the file system knows it — device and inode — so that two paths to one file, or a
/// path and a redirected standard stream, compare equal.
package struct FileIdentity: Hashable, Sendable {
    package let device: UInt64
    package let inode: UInt64

    /// The file at `path`; nil when there is none yet or it is not a regular file (a terminal, a pipe,
    /// `/dev/null`: writing one of those never destroys an input).
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The file open as `descriptor`, under the same conditions.
    package init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init?(_ info: stat) {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
