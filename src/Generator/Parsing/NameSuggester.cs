using System;
using System.Collections.Generic;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>
    /// Finds the catalogue name nearest to a misspelt one (FK0001's "did you mean"). It knows no catalogue (callers pass
    /// the names), so the runtime compiles this same file for <c>ActivationKernels.Get</c>'s unknown-name message.
    /// </summary>
    internal static class NameSuggester
    {
        // Names users know from other libraries, and what to write instead. A rename carries a code fix; the others
        // need a parameter or a value the fix cannot guess.
        private static readonly (string Name, string Canonical, string Advice, bool Rename)[] Equivalents =
        {
            ("quick_gelu", "silu", ", use 'silu' with Beta = 1.702 (quick_gelu is x·σ(1.702·x))", false),
            ("quickgelu", "silu", ", use 'silu' with Beta = 1.702 (quick_gelu is x·σ(1.702·x))", false),
            ("swiglu", "silu", ", use 'silu' with a 'multiplier' parameter (SwiGLU is silu(x)·m, fused)", false),
            ("geglu", "gelu", ", use 'gelu' with a 'multiplier' parameter (GeGLU is gelu(x)·m, fused)", false),
            ("reglu", "relu", ", use 'relu' with a 'multiplier' parameter (ReGLU is relu(x)·m, fused)", false),
            ("glu", "sigmoid", ", use 'sigmoid' with a 'multiplier' parameter (GLU is σ(x)·m, fused)", false),
            ("logsoftmax", "log_softmax", ", did you mean 'log_softmax'?", true),
            ("hardswish", "hard_swish", ", did you mean 'hard_swish'?", true),
            ("hardsigmoid", "hard_sigmoid", ", did you mean 'hard_sigmoid'?", true),
            ("hardtanh", "hard_tanh", ", did you mean 'hard_tanh'?", true),
            ("leakyrelu", "leaky_relu", ", did you mean 'leaky_relu'?", true),
            ("gelu_new", "gelu_tanh", ", did you mean 'gelu_tanh'? (Hugging Face's gelu_new is the tanh approximation)", true),
            ("gelu_pytorch_tanh", "gelu_tanh", ", did you mean 'gelu_tanh'?", true),
        };

        /// <summary>FK0001's advice for a name known from elsewhere: the text, and the canonical name when a plain rename fixes it.</summary>
        public static (string Advice, string? Rename)? Equivalent(string? name)
        {
            string key = (name ?? "").Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            foreach ((string known, string canonical, string advice, bool rename) in Equivalents)
            {
                if (key == known)
                {
                    return (advice, rename ? canonical : null);
                }
            }

            return null;
        }

        /// <summary>What FK0001 appends to "Unknown activation 'name'": the advice for a known equivalent, else "did you mean", else nothing.</summary>
        public static string Advice(string? name, IEnumerable<(string Candidate, string Canonical)> candidates)
        {
            (string Advice, string? Rename)? known = Equivalent(name);
            string? suggestion = known is { } k ? k.Rename : Suggest(name, candidates);
            return known?.Advice ?? (suggestion is null ? "" : ", did you mean '" + suggestion + "'?");
        }

        /// <summary>The canonical name whose name or alias (<paramref name="candidates"/>) is nearest by edit distance, or null when nothing is close.</summary>
        public static string? Suggest(string? name, IEnumerable<(string Candidate, string Canonical)> candidates)
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
            foreach ((string candidate, string canonical) in candidates)
            {
                Consider(candidate, canonical);
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
