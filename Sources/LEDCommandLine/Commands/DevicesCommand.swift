import ArgumentParser
import LEDDiagnostics
import LEDSupport

/// `leddiag devices`: the supported devices and the names people type for them.
struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "List the supported devices: id, name, kind, power, LED colours and aliases.",
        discussion: """
            Any id, name or alias works for --device (case, spaces and hyphens don't matter:
            "Outdoor 4", "outdoor4" and "OUTDOOR-4" are the same).

            Examples:
              leddiag devices
              leddiag devices --format json

            Exit status: 0; 2 usage or catalog.
            """
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser(jit: true, failingExamples: .ignore) }
        let devices = diagnoser.catalog.devices
        switch format {
        case .json:
            var writer = JSONWriter()
            writer.objects(nil, devices)
            print(writer.text)
        case .text:
            var table = TextTable(["ID", "NAME", "KIND", "POWER", "LEDS"])
            for device in devices {
                table.append([
                    device.id, device.name, device.kind.rawValue, device.power.rawValue,
                    device.leds.isEmpty ? "(unknown)" : device.leds.map(\.rawValue).joined(separator: ", "),
                ])
            }
            print(table.render())
            print("")
            print("Also known as")
            let width = devices.map(\.id.count).max() ?? 0
            for device in devices {
                let aliases = device.aliases.filter { $0 != device.name && $0 != device.id }
                print(
                    "  " + device.id + String(repeating: " ", count: width - device.id.count + 2)
                        + aliases.joined(separator: ", "))
            }
        }
    }
}
