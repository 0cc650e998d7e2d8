using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace FusedKernels.Report
{
    /// <summary>
    /// SVG output for the docs' figures. ScottPlot writes text as &lt;text&gt; with each glyph's position measured in the font
    /// it drew with, so the bytes depend on that font: every figure uses <see cref="FontName"/>, and the tool refuses to
    /// run without it rather than write a layout measured in a fallback.
    /// </summary>
    internal static class Svg
    {
        public const string FontName = "DejaVu Sans";

        /// <summary>Null if <see cref="FontName"/> is installed, else why not (for the caller to print).</summary>
        public static string? MissingFont()
        {
            using var typeface = SKTypeface.FromFamilyName(FontName);
            return typeface.FamilyName == FontName ? null : $"font '{FontName}' not found (got '{typeface.FamilyName}'): install it (Debian: fonts-dejavu-core)";
        }

        /// <summary>A plot's SVG, as ScottPlot's own export writes it, with <see cref="Tidy"/>.</summary>
        public static string Xml(Plot plot, int width, int height) => Tidy(plot.GetSvgXml(width, height));

        /// <summary>
        /// A multiplot's SVG (ScottPlot exports only single plots as SVG): rendered on Skia's SVG canvas as the export does,
        /// with <see cref="Tidy"/>.
        /// </summary>
        public static string Xml(Multiplot multiplot, int width, int height)
        {
            multiplot.Render(width, height); // settles each plot's layout: a first render on the SVG canvas would be recorded twice
            using var stream = new MemoryStream();
            using (var managed = new SKManagedWStream(stream))
            using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), managed))
            {
                multiplot.Render(canvas, new PixelRect(0, width, height, 0));
            }

            return Tidy(Encoding.UTF8.GetString(stream.ToArray()));
        }

        /// <summary>
        /// Text positioned by its first glyph only, not glyph by glyph: the viewer lays out the rest with its own font, so a
        /// viewer without <see cref="FontName"/> shows evenly spaced text in its fallback (sans-serif, not its default
        /// serif) instead of another font's glyphs at DejaVu's positions; the file is also a third smaller. \n line ends on
        /// every OS.
        /// </summary>
        private static string Tidy(string svg)
        {
            svg = Regex.Replace(svg, @" (x|y)=""(-?[0-9.]+), [^""]*""", @" $1=""$2""");
            return svg.Replace($"font-family=\"{FontName}\"", $"font-family=\"{FontName}, Verdana, Arial, sans-serif\"", StringComparison.Ordinal)
                .Replace("\r\n", "\n", StringComparison.Ordinal);
        }
    }
}
