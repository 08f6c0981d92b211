public import LEDSupport

extension DeviceModel: JSONObjectWritable {
    /// Writes a device as `leddiag devices --format json` lists it: `id`, `name`, `kind`, `power`,
    /// `leds` and `aliases`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(id, key: "id")
        writer.string(name, key: "name")
        writer.string(kind.rawValue, key: "kind")
        writer.string(power.rawValue, key: "power")
        writer.array("leds", leds) { writer, color in writer.string(color.rawValue) }
        writer.strings("aliases", aliases)
    }
}
