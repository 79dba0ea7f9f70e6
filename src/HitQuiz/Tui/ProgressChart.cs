using System.Drawing;
using System.Globalization;
using System.Text;
using HitQuiz.Stats;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HitQuiz.Tui;

/// <summary>
/// Answered per day as bars (█) with accuracy as dots (•) on the same chart, where the top of the chart is 100 %.
/// The y axis counts answers; the x axis labels a day every week.
/// </summary>
internal sealed class ProgressChart : GraphView
{
    public const int Rows = 8;

    public ProgressChart(IReadOnlyList<DayCount> days)
    {
        CanFocus = false;
        MarginLeft = 5;
        // One column per day, and the axis ends with the last day: drawn across the whole screen, it would tick
        // off days that have not come.
        Width = Dim.Func(_ => (int)MarginLeft + days.Count + 2);
        Height = Rows;
        MarginBottom = 2;
        var max = Math.Max(1, days.Max(d => d.Answered));
        var top = NiceTop(max);
        var plotRows = Rows - (int)MarginBottom;
        CellSize = new PointF(1, (float)top / plotRows);
        ConfigureAxes(days, plotRows);
        Series.Add(new BarSeries
        {
            DrawLabels = false,
            Offset = 0.5f,
            Bars = [.. days.Select(d => new BarSeriesBar("", new GraphCellToRender(new Rune('█')), d.Answered))],
        });
        Series.Add(new ScatterSeries
        {
            Fill = new GraphCellToRender(new Rune('•')),
            Points = [.. days.Select((d, i) => (d, i)).Where(p => p.d.Accuracy is not null)
                .Select(p => new PointF(p.i + 1f, (float)(p.d.Accuracy!.Value / 100 * top * 0.999)))],
        });
    }

    private void ConfigureAxes(IReadOnlyList<DayCount> days, int plotRows)
    {
        AxisY.Increment = CellSize.Y * Math.Max(1, plotRows / 2);
        AxisY.ShowLabelsEvery = 1;
        AxisY.Minimum = 0;
        AxisY.LabelGetter = v => v.Value.ToString("0", CultureInfo.InvariantCulture);
        AxisX.Increment = 7;
        AxisX.ShowLabelsEvery = 1;
        AxisX.Minimum = 0;
        AxisX.LabelGetter = v => (int)v.Value is var i && i >= 0 && i < days.Count
            ? days[i].Day.ToString("MM-dd", CultureInfo.InvariantCulture)
            : "";
    }

    /// <summary>A round number at or above the largest count, so the axis labels are readable.</summary>
    private static int NiceTop(int max) => max <= 10 ? max : max <= 50 ? (max + 4) / 5 * 5 : (max + 9) / 10 * 10;
}
