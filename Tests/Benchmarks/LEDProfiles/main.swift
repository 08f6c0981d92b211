// Profiles of the batch pipeline and the timeline builder: they print numbers and assert nothing.
// Built in the main package (they reach internal API, so release runs need -enable-testing):
//   swift run -c release -Xswiftc -enable-testing --scratch-path .build-profiles LEDProfiles timeline
//   swift run -c release -Xswiftc -enable-testing --scratch-path .build-profiles LEDProfiles batch FILE [pipeline]
// `make bench` runs both (the batch profile on the generated bench log, when it is there).
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "timeline":
    TimelineThroughput.oneDevice()
    TimelineThroughput.interleaved()
case "batch" where arguments.count >= 2:
    do {
        try BatchProfile.run(path: arguments[1], only: arguments.count > 2 ? arguments[2] : nil)
    } catch {
        FileHandle.standardError.write(Data("LEDProfiles: \(error)\n".utf8))
        exit(1)
    }
default:
    FileHandle.standardError.write(Data("usage: LEDProfiles timeline | LEDProfiles batch FILE [pipeline]\n".utf8))
    exit(2)
}
