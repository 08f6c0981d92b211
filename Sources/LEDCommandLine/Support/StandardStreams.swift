import Foundation
import LEDSupport

/// Standard input, output and error as the process was started with them.
enum StandardStreams {
    /// Opens `/dev/null` onto each of file descriptors 0–2 that the process was started without
    /// (`leddiag … 2>&-`), before anything else runs. Without it a write to the closed stream traps in
    /// Foundation, and the first file the command opens (`--errors FILE`) would become descriptor 1 or 2
    /// and receive what was meant for the terminal.
    static func reopenClosed() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // The lowest free descriptor is the closed one itself (the ones below it are open by now).
            let null = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// Ends the process with `status` once standard output is written out. When it cannot be (a full
    /// disk, `>/dev/full`), the output is lost, so the status is 2 and standard error says why; a reader
    /// that went away (`| head -1`, `EPIPE`) is not an error.
    static func exit(_ status: Int32) -> Never {
        if fflush(nil) != 0, errno != EPIPE {
            Console.error("leddiag: cannot write standard output: \(FileDescriptor.errorMessage())")
            Foundation.exit(ExitStatus.usage)
        }
        Foundation.exit(status)
    }
}
