import ArgumentParser
import LEDDiagnostics

/// The `--details` flag of `diagnose` and `interactive`: the report with rule ids, matched spans,
/// sources and the plan's numbers (``DiagnosisTextRenderer``) instead of the owner's plain report
/// (``OwnerReportRenderer``).
struct DetailsOption: ParsableArguments {
    @Flag(
        name: .long,
        help: "Print the detailed report: rule ids, matched bytes, sources, the plan's numbers, every source's reading."
    )
    var details = false

    /// The report of `diagnosis` this flag asks for.
    func render(_ diagnosis: Diagnosis, color: Bool, catalog: Catalog) -> String {
        details
            ? DiagnosisTextRenderer(color: color, catalog: catalog).render(diagnosis)
            : OwnerReportRenderer(catalog: catalog, color: color).render(diagnosis)
    }
}
