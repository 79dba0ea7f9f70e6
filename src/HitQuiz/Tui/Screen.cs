using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace HitQuiz.Tui;

/// <summary>
/// One full screen of the trainer: composes its lines for the current width, scrolls when they do not fit,
/// and turns keys into calls on the trainer. Drawing never fails on a tiny terminal: lines are clipped.
/// </summary>
internal abstract class Screen : View
{
    // Pinned lines leave at least this many rows to scroll in, or are not pinned.
    private const int MinScrollingRows = 6;

    private int _scroll;
    private int _area = 1;
    private bool _opened;
    private int? _shownFocus;

    protected Screen()
    {
        CanFocus = true;
        X = 1;
        Width = Dim.Fill(1);
        Height = Dim.Fill(1);
    }

    /// <summary>The key hints for the status line, e.g. ("Enter", "Next").</summary>
    public abstract IReadOnlyList<(string Key, string Action)> Hints { get; }

    protected abstract IEnumerable<StyledLine> Compose(int width);

    /// <summary>Handles a key; returns true when it did something.</summary>
    protected abstract bool HandleKey(Key key);

    /// <summary>The line to keep in view (e.g. the selected option), or null.</summary>
    protected virtual int? FocusLine => null;

    /// <summary>How many lines from <see cref="FocusLine"/> on belong to it (a wrapped entry) and are kept in view with it.</summary>
    protected virtual int FocusLines => 1;

    /// <summary>
    /// How many of the first composed lines stay in place while the rest scroll (the verdict above a long source
    /// section); none when that would leave fewer than six rows for the rest.
    /// </summary>
    protected virtual int PinnedLines => 0;

    /// <summary>
    /// A line to bring into view when the screen is first drawn (the highlighted evidence in a long section), or null.
    /// Only below pinned lines, so that what the screen is about never scrolls away on its own.
    /// </summary>
    protected virtual int? OpeningLine => null;

    protected override bool OnKeyDown(Key key) => HandleKey(key) || HandleScroll(key) || base.OnKeyDown(key);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = Compose(Math.Max(1, Viewport.Width - 1)).ToList();
        var height = Math.Max(1, Viewport.Height);
        var pinned = PinnedLines > 0 && PinnedLines <= height - MinScrollingRows ? Math.Min(PinnedLines, lines.Count) : 0;
        _area = height - pinned;
        if (!_opened)
        {
            _opened = true;
            if (pinned > 0 && OpeningLine is int opening && opening - pinned >= _area - 1)
            {
                _scroll = opening - pinned - 1;
            }
        }

        // The focus line is brought into view when it moves, not on every draw: PgDn and End can then scroll past it
        // (to a notice under the menu on a small terminal, say) without snapping back.
        if (FocusLine != _shownFocus)
        {
            _scroll = KeepFocusVisible(_scroll, height);
            _shownFocus = FocusLine;
        }

        _scroll = Math.Clamp(_scroll, 0, Math.Max(0, lines.Count - pinned - _area));
        var painter = new Painter(this);
        for (var row = 0; row < pinned; row++)
        {
            painter.Draw(row, lines[row]);
        }

        for (var row = 0; row < _area && pinned + row + _scroll < lines.Count; row++)
        {
            painter.Draw(pinned + row, lines[pinned + row + _scroll]);
        }

        if (pinned > 0 && _scroll > 0)
        {
            painter.Draw(pinned, StyledLine.Of("  ↑ more (↑/PgUp)".PadRight(Viewport.Width), LineStyle.Dim));
        }

        if (pinned + _scroll + _area < lines.Count)
        {
            painter.Draw(height - 1, StyledLine.Of("  ↓ more (↓/PgDn)".PadRight(Viewport.Width), LineStyle.Dim));
        }

        return true;
    }

    protected void Redraw() => SetNeedsDraw();

    /// <summary>The first composed line in view (for screens that place subviews beside their lines).</summary>
    protected int ScrollOffset => _scroll;

    /// <summary>Scrolls as when the screen was first drawn: to the top, or to the <see cref="OpeningLine"/>.</summary>
    protected void ResetScroll()
    {
        _scroll = 0;
        _opened = false;
    }

    private int KeepFocusVisible(int scroll, int height)
    {
        if (FocusLine is not int line)
        {
            return scroll;
        }

        // The last row may hold the "more" marker, so the focus ends above it; its first line wins if it cannot all fit.
        var last = line + Math.Max(1, FocusLines) - 1;
        return line < scroll ? line : last >= scroll + height - 1 ? Math.Min(line, last - height + 2) : scroll;
    }

    private bool HandleScroll(Key key)
    {
        var page = Math.Max(1, _area - 1);
        var delta = key == Key.CursorDown ? 1 : key == Key.CursorUp ? -1
            : key == Key.PageDown || key == Key.Space ? page : key == Key.PageUp ? -page
            : key == Key.Home ? -int.MaxValue / 2 : key == Key.End ? int.MaxValue / 2 : 0;
        if (delta == 0)
        {
            return false;
        }

        _scroll = Math.Max(0, _scroll + delta);
        SetNeedsDraw();
        return true;
    }
}
