//! The publish chart: gas per message against payload size, both axes logarithmic, for our
//! contracts one message at a time and in batches, XMTP's deployed contracts, and the floor. A
//! PNG drawn with an embedded font (DejaVu Sans), so it looks the same on every machine and needs
//! no system fonts.

use std::path::Path;

use plotters::{
    coord::combinators::{BindKeyPoints, IntoLogRange},
    drawing::DrawingAreaErrorKind,
    prelude::*,
    style::register_font,
};

use crate::{floor::Measured, row::Chart};

/// Chart width in pixels.
pub const WIDTH: u32 = 1000;
/// Chart height in pixels.
pub const HEIGHT: u32 = 640;
/// At most this many labelled ticks on the byte axis (every power of two from 128 B to 256 KiB).
const MAX_BYTE_TICKS: usize = 12;
/// At most this many labelled ticks on the gas axis.
const MAX_GAS_TICKS: usize = 10;
/// The family name the embedded font is registered under.
const FONT: &str = "sans-serif";

/// Which line a series is: it sets the colour, the marker and the line style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Our contracts, one publish per transaction.
    Ours,
    /// Our contracts, publishes in batches (the series' index among batch sizes).
    Batched(usize),
    /// XMTP's deployed contracts.
    Reference,
    /// The floor.
    Floor,
}

/// One line of the chart: `(payload bytes, gas per message)` points in ascending payload order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// What the legend says.
    pub label: String,
    /// Which line it is.
    pub kind: Kind,
    /// The points.
    pub points: Vec<(f64, f64)>,
}

/// Why the chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The embedded font did not load (a broken `dejavu` crate).
    #[error("the embedded DejaVu Sans font did not load")]
    Font,
    /// Drawing or writing the PNG failed.
    #[error("drawing failed: {0}")]
    Draw(#[from] DrawingAreaErrorKind<<BitMapBackend<'static> as DrawingBackend>::ErrorType>),
}

/// The chart's series from the rows, empty series left out: ours (`single` rows), one per batch
/// size (`batched` rows, gas divided by the batch), the reference (`single` rows that have one,
/// its low end) and the floor (`single` rows).
pub fn series(rows: &[Measured]) -> Vec<Series> {
    let single: Vec<&Measured> = rows
        .iter()
        .filter(|m| m.row.chart == Chart::Single)
        .collect();
    let mut batch_sizes: Vec<u64> = rows
        .iter()
        .filter(|m| m.row.chart == Chart::Batched)
        .map(|m| m.row.units)
        .collect();
    batch_sizes.sort_unstable();
    batch_sizes.dedup();

    let mut all = vec![Series {
        label: "ours".to_owned(),
        kind: Kind::Ours,
        points: points(
            single
                .iter()
                .map(|m| (m.row.payload_bytes, m.row.gas as f64)),
        ),
    }];
    for (index, size) in batch_sizes.iter().enumerate() {
        all.push(Series {
            label: format!("ours, batches of {size}"),
            kind: Kind::Batched(index),
            points: points(
                rows.iter()
                    .filter(|m| m.row.chart == Chart::Batched && m.row.units == *size)
                    .map(|m| (m.row.payload_bytes, m.row.gas as f64 / *size as f64)),
            ),
        });
    }
    all.push(Series {
        label: "XMTP deployed".to_owned(),
        kind: Kind::Reference,
        points: points(single.iter().filter_map(|m| {
            m.row
                .reference()
                .map(|(low, _)| (m.row.payload_bytes, low as f64))
        })),
    });
    all.push(Series {
        label: "floor".to_owned(),
        kind: Kind::Floor,
        points: points(
            single
                .iter()
                .map(|m| (m.row.payload_bytes, m.floor.total as f64)),
        ),
    });
    all.retain(|series| !series.points.is_empty());
    all
}

/// Points in ascending payload order.
fn points(points: impl Iterator<Item = (u64, f64)>) -> Vec<(f64, f64)> {
    let mut points: Vec<(f64, f64)> = points.map(|(bytes, gas)| (bytes as f64, gas)).collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    points
}

/// Draws the chart of `rows` to `file` (a PNG, [`WIDTH`] × [`HEIGHT`]). Returns `false`, writing
/// nothing, when no row is charted.
pub fn draw(rows: &[Measured], file: &Path) -> Result<bool, ChartError> {
    let series = series(rows);
    let all_points = || series.iter().flat_map(|s| s.points.iter());
    let (Some(x), Some(y)) = (
        bounds(all_points().map(|p| p.0)),
        bounds(all_points().map(|p| p.1)),
    ) else {
        return Ok(false);
    };
    register_font(FONT, FontStyle::Normal, dejavu::sans::regular())
        .map_err(|_| ChartError::Font)?;

    // A margin on both log axes so that the end markers are not cut by the frame.
    let (x_low, x_high) = (x.0 / 1.2, x.1 * 1.2);
    let (y_low, y_high) = (y.0 / 1.3, y.1 * 1.3);
    let (x_bold, x_light) = byte_ticks(x_low, x_high);
    let (y_bold, y_light) = gas_ticks(y_low, y_high);
    // A narrow range may hold no round value: label the data's ends instead.
    let x_bold = if x_bold.is_empty() { ends(x) } else { x_bold };
    let y_bold = if y_bold.is_empty() { ends(y) } else { y_bold };

    let root = BitMapBackend::new(file, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("Publish gas per message against payload size", (FONT, 26))
        .margin(20)
        .x_label_area_size(60)
        .y_label_area_size(90)
        .build_cartesian_2d(
            (x_low..x_high)
                .log_scale()
                .with_key_points(x_bold)
                .with_light_points(x_light),
            (y_low..y_high)
                .log_scale()
                .with_key_points(y_bold)
                .with_light_points(y_light),
        )?;
    chart
        .configure_mesh()
        .x_desc("payload per message (bytes, log scale)")
        .y_desc("gas per message (log scale)")
        .x_label_formatter(&|bytes| bytes_label(*bytes))
        .y_label_formatter(&|gas| gas_label(*gas))
        .label_style((FONT, 15))
        .axis_desc_style((FONT, 17))
        .bold_line_style(RGBColor(205, 205, 205))
        .light_line_style(RGBColor(238, 238, 238))
        .draw()?;

    // The floor first and ours last, so that where ours meets the floor it is drawn on top; the
    // legend follows the same order.
    for series in series.iter().rev() {
        let color = color(series.kind);
        let line = color.stroke_width(2);
        match series.kind {
            Kind::Floor => chart.draw_series(DashedLineSeries::new(
                series.points.iter().copied(),
                8,
                5,
                line,
            ))?,
            _ => chart.draw_series(LineSeries::new(series.points.iter().copied(), line))?,
        }
        .label(series.label.as_str())
        .legend(move |(x, y)| {
            EmptyElement::at((x, y))
                + PathElement::new(vec![(0, 0), (24, 0)], line)
                + marker((12, 0), series.kind)
        });
        chart.draw_series(
            series
                .points
                .iter()
                .map(|&point| marker(point, series.kind)),
        )?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font((FONT, 16))
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(160, 160, 160))
        .draw()?;
    root.present()?;
    Ok(true)
}

/// The smallest and largest of `values`, if any.
fn bounds(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |bounds, value| match bounds {
        None => Some((value, value)),
        Some((low, high)) => Some((value.min(low), value.max(high))),
    })
}

/// The two ends of a range, once when they are equal.
fn ends((low, high): (f64, f64)) -> Vec<f64> {
    if low == high {
        vec![low]
    } else {
        vec![low, high]
    }
}

/// Ticks for a byte axis: labelled powers of two (every other one, or sparser, when there are
/// too many to read), and a light grid line at every power of two.
fn byte_ticks(low: f64, high: f64) -> (Vec<f64>, Vec<f64>) {
    let exponents: Vec<i32> = (0..=40)
        .filter(|e| (low..=high).contains(&2f64.powi(*e)))
        .collect();
    let step = i32::try_from(exponents.len().div_ceil(MAX_BYTE_TICKS).max(1)).unwrap_or(1);
    let bold = exponents
        .iter()
        .filter(|e| *e % step == 0)
        .map(|e| 2f64.powi(*e))
        .collect();
    let light = exponents.iter().map(|e| 2f64.powi(*e)).collect();
    (bold, light)
}

/// Ticks for a gas axis: labelled 1, 2 and 5 of each decade (only the decades when that is too
/// many), and a light grid line at every integer multiple within a decade.
fn gas_ticks(low: f64, high: f64) -> (Vec<f64>, Vec<f64>) {
    let decade = |multipliers: &[f64]| -> Vec<f64> {
        (0..=15)
            .flat_map(|e| multipliers.iter().map(move |m| m * 10f64.powi(e)))
            .filter(|v| (low..=high).contains(v))
            .collect()
    };
    let mut bold = decade(&[1.0, 2.0, 5.0]);
    if bold.len() > MAX_GAS_TICKS {
        bold = decade(&[1.0]);
    }
    let light = decade(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
    (bold, light)
}

/// `1024.0` → `"1 KiB"`, `78.0` → `"78 B"`.
fn bytes_label(bytes: f64) -> String {
    const KIB: f64 = 1024.0;
    if bytes >= KIB * KIB {
        format!("{} MiB", trimmed(bytes / (KIB * KIB)))
    } else if bytes >= KIB {
        format!("{} KiB", trimmed(bytes / KIB))
    } else {
        format!("{} B", trimmed(bytes))
    }
}

/// `20000.0` → `"20k"`, `2000000.0` → `"2M"`.
fn gas_label(gas: f64) -> String {
    if gas >= 1e6 {
        format!("{}M", trimmed(gas / 1e6))
    } else if gas >= 1e3 {
        format!("{}k", trimmed(gas / 1e3))
    } else {
        trimmed(gas)
    }
}

/// At most one decimal, none when whole.
fn trimmed(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    format!("{rounded}")
}

/// The series' colour.
fn color(kind: Kind) -> RGBColor {
    const BATCHED: [RGBColor; 3] = [
        RGBColor(44, 160, 44),
        RGBColor(148, 103, 189),
        RGBColor(140, 86, 75),
    ];
    match kind {
        Kind::Ours => RGBColor(31, 119, 180),
        Kind::Batched(index) => BATCHED[index % BATCHED.len()],
        Kind::Reference => RGBColor(255, 127, 14),
        Kind::Floor => RGBColor(90, 90, 90),
    }
}

/// The series' point marker at `at`: circles for ours, triangles for batches, crosses for the
/// reference, hollow circles for the floor.
fn marker<DB: DrawingBackend, C: Clone + 'static>(at: C, kind: Kind) -> DynElement<'static, DB, C> {
    let color = color(kind);
    match kind {
        Kind::Ours => Circle::new(at, 4, color.filled()).into_dyn(),
        Kind::Batched(_) => TriangleMarker::new(at, 6, color.filled()).into_dyn(),
        Kind::Reference => Cross::new(at, 5, color.stroke_width(2)).into_dyn(),
        Kind::Floor => Circle::new(at, 4, color.stroke_width(2)).into_dyn(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{publish, settle_payers};

    fn rows() -> Vec<Measured> {
        vec![
            publish(78, 1, 36_531),
            publish(1024, 1, 60_000),
            publish(262_144, 1, 11_000_000),
            publish(78, 10, 150_000),
            publish(1024, 10, 400_000),
            publish(78, 100, 1_200_000),
            settle_payers(),
        ]
        .into_iter()
        .map(Measured::new)
        .collect()
    }

    #[test]
    fn series_split_single_batched_reference_and_floor() {
        let series = series(&rows());
        let labels: Vec<&str> = series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "ours",
                "ours, batches of 10",
                "ours, batches of 100",
                "XMTP deployed",
                "floor"
            ]
        );
        assert_eq!(
            series[0].points,
            [
                (78.0, 36_531.0),
                (1024.0, 60_000.0),
                (262_144.0, 11_000_000.0)
            ]
        );
        assert_eq!(series[1].points, [(78.0, 15_000.0), (1024.0, 40_000.0)]);
        assert_eq!(
            series[3].points.len(),
            3,
            "every fixture publish has a reference"
        );
        assert_eq!(series[4].points[0], (78.0, rows()[0].floor.total as f64));
    }

    #[test]
    fn ticks_and_labels() {
        let (bold, light) = byte_ticks(65.0, 314_573.0);
        assert_eq!(bold.len(), 12);
        assert_eq!(bytes_label(bold[0]), "128 B");
        assert_eq!(bytes_label(bold[11]), "256 KiB");
        assert_eq!(light, bold);
        let (bold, light) = byte_ticks(20.0, 5_000_000.0);
        assert_eq!(
            bold.iter().map(|b| bytes_label(*b)).collect::<Vec<_>>(),
            ["64 B", "256 B", "1 KiB", "4 KiB", "16 KiB", "64 KiB", "256 KiB", "1 MiB", "4 MiB"]
        );
        assert_eq!(light.len(), 18);
        let (bold, _) = gas_ticks(20_000.0, 14_000_000.0);
        assert_eq!(
            bold.iter().map(|g| gas_label(*g)).collect::<Vec<_>>(),
            ["20k", "50k", "100k", "200k", "500k", "1M", "2M", "5M", "10M"]
        );
        assert_eq!(bytes_label(1536.0), "1.5 KiB");
        assert_eq!(gas_label(950.0), "950");
    }

    /// The PNG signature, then the IHDR chunk: length 13, "IHDR", width, height (big-endian).
    fn png_size(bytes: &[u8]) -> (u32, u32) {
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&bytes[8..16], b"\x00\x00\x00\x0dIHDR");
        let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
        (word(16), word(20))
    }

    #[test]
    fn draws_a_png_of_the_documented_size() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("publish-gas.png");
        assert!(draw(&rows(), &file).unwrap());
        assert_eq!(png_size(&std::fs::read(&file).unwrap()), (WIDTH, HEIGHT));
    }

    #[test]
    fn one_point_still_draws() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("one.png");
        let rows = vec![Measured::new(publish(90, 1, 30_000))];
        assert!(byte_ticks(75.0, 108.0).0.is_empty());
        assert!(draw(&rows, &file).unwrap());
        assert_eq!(png_size(&std::fs::read(&file).unwrap()), (WIDTH, HEIGHT));
    }

    #[test]
    fn nothing_charted_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("publish-gas.png");
        let rows = vec![Measured::new(settle_payers())];
        assert!(!draw(&rows, &file).unwrap());
        assert!(!file.exists());
    }
}
