/// The tool's version, reported by `drift --version` and in every report's `tool.version`.
public enum DriftVersion {
    public static let string = "0.1.0"
}
