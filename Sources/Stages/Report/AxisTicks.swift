import Foundation

/// Round tick values for a value axis from 0: steps of 1, 2 or 5 times a power of ten, about
/// five of them, whole numbers when the data are counts.
struct AxisTicks {
    let step: Double
    let top: Double

    init(maxValue: Double, targetCount: Int = 5, wholeNumbers: Bool = true) {
        guard maxValue > 0 else {
            step = 1
            top = 1
            return
        }
        let raw = maxValue / Double(targetCount)
        let magnitude = pow(10, floor(log10(raw)))
        let normalized = raw / magnitude
        let factor: Double = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10
        var step = factor * magnitude
        if wholeNumbers { step = max(1, step.rounded()) }
        self.step = step
        top = (maxValue / step).rounded(.up) * step
    }

    var values: [Double] {
        stride(from: 0, through: top + step / 2, by: step).map { $0 }
    }
}
