using System;
using FusedKernels.Generator.Catalogue;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>Finds the catalogue name nearest to a misspelt one (FK0001's "did you mean").</summary>
    internal static class NameSuggester
    {
        /// <summary>The canonical name whose name or alias is nearest by edit distance, or null when nothing is close.</summary>
        public static string? Suggest(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            string lower = name!.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            // Anything further than half the name away is not a typo but a different word.
            int limit = Math.Max(2, lower.Length / 2);
            string? best = null;
            int bestDistance = limit + 1;
            foreach (ActivationEntry entry in ActivationCatalogue.Entries)
            {
                Consider(entry.Name, entry.Name);
                foreach (string alias in entry.Aliases)
                {
                    Consider(alias, entry.Name);
                }
            }

            return best;

            void Consider(string candidate, string canonical)
            {
                // The length difference bounds the distance from below: a long pasted string costs no quadratic table.
                if (Math.Abs(lower.Length - candidate.Length) >= bestDistance)
                {
                    return;
                }

                int distance = Distance(lower, candidate);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = canonical;
                }
            }
        }

        /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
        internal static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (int j = 0; j <= b.Length; j++) d[0, j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
