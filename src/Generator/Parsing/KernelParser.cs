using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Threading;
using FusedKernels.Generator.Catalogue;
using FusedKernels.Generator.Diagnostics;
using FusedKernels.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FusedKernels.Generator.Parsing
{
    /// <summary>
    /// Turns one attributed method into a <see cref="KernelSpec"/>, or into diagnostics when it is not a
    /// valid kernel. The generator and the analyzer both call it, so the IDE and the build never disagree;
    /// the generator ignores the diagnostics and skips what is rejected. Never throws on malformed code.
    /// </summary>
    internal sealed partial class KernelParser
    {
        private readonly IMethodSymbol _method;
        private readonly AttributeData _attribute;
        private readonly List<Diagnostic>? _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _gradient;
        private bool _failed;
        private HierarchyInfo? _hierarchy;

        private KernelParser(IMethodSymbol method, AttributeData attribute, List<Diagnostic>? diagnostics, CancellationToken cancellationToken, bool gradient = false)
        {
            _gradient = gradient;
            _method = method;
            _attribute = attribute;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Parses <paramref name="method"/> carrying <paramref name="attribute"/>. Returns null when it is not a
        /// valid kernel; the reasons go to <paramref name="diagnostics"/> when it is given.
        /// </summary>
        public static KernelSpec? Parse(IMethodSymbol method, AttributeData attribute, List<Diagnostic>? diagnostics, CancellationToken cancellationToken) =>
            new KernelParser(method, attribute, diagnostics, cancellationToken, IsGradientAttribute(attribute)).Parse();

        /// <summary>The shapes FK0004 lists for a forward kernel.</summary>
        internal const string ForwardShapes = "void M(ReadOnlySpan<T> x, [roles...], Span<T> y); void M(Span<T> x, [roles...]); T M(T x, ...); Vector128/256/512<T> M(Vector128/256/512<T> x, ...)";

        /// <summary>The shapes FK0004 lists for a gradient kernel.</summary>
        internal const string GradientShapes = "void M(ReadOnlySpan<T> x (or y), [alpha, multiplier], ReadOnlySpan<T> dy, Span<T> dx, [dmultiplier, dbias, dalpha]); void M(ReadOnlySpan<T> x, Span<T> dy) with dx overwriting dy; T M(T x, T dy); Vector128/256/512<T> M(VectorN<T> x, VectorN<T> dy)";

        /// <summary>The shapes FK0004 lists for this kernel's attribute.</summary>
        private string Shapes => _gradient ? GradientShapes : ForwardShapes;

        /// <summary>Whether the attribute is <c>[ActivationGradient]</c> (same names and properties, backward pass).</summary>
        public static bool IsGradientAttribute(AttributeData attribute) =>
            SymbolNames.IsType(attribute.AttributeClass, KernelGenerator.ActivationGradientAttributeName);

        /// <summary>
        /// What the generator writes for <paramref name="method"/>: its kernel when it is valid; when it is not but an
        /// implementation can still be written, a stub that throws naming the first FK error (the analyzer reports the
        /// error itself); otherwise neither.
        /// </summary>
        public static ParsedKernel ParseForGenerator(IMethodSymbol method, AttributeData attribute, SyntaxNode declaration, CancellationToken cancellationToken)
        {
            var diagnostics = new List<Diagnostic>();
            var parser = new KernelParser(method, attribute, diagnostics, cancellationToken, IsGradientAttribute(attribute));
            KernelSpec? spec = parser.Parse();
            if (spec is not null)
            {
                return new ParsedKernel(spec, null);
            }

            return new ParsedKernel(
                null,
                HasCompilerErrors(method, declaration) ? null : parser.Stub(diagnostics),
                diagnostics.FirstOrDefault(d => IsReportedByTheGenerator(d.Id)));
        }

        /// <summary>
        /// Diagnostics the generator reports and the analyzer does not (so each appears once): the rejections that no
        /// stub can make visible, because no implementation part can be written for them.
        /// </summary>
        public static bool IsReportedByTheGenerator(string id) => id == DiagnosticIds.FileLocalType;

        /// <summary>
        /// Whether the compiler reports an error on the declaration itself that an implementation part would repeat in
        /// the generated file (the user's own error already fails the build). Checked by rule, not by asking the
        /// semantic model for diagnostics, which cost seconds on a file of a thousand kernels: a partial method that
        /// needs an access modifier and has none (CS8796–CS8798), and <c>params</c> on a span before C# 13 (CS8652).
        /// </summary>
        private static bool HasCompilerErrors(IMethodSymbol method, SyntaxNode declaration)
        {
            if (declaration is MethodDeclarationSyntax syntax &&
                !syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.PrivateKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.InternalKeyword)) &&
                (!method.ReturnsVoid || method.Parameters.Any(p => p.RefKind == RefKind.Out) ||
                 syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.VirtualKeyword) || m.IsKind(SyntaxKind.OverrideKeyword) || m.IsKind(SyntaxKind.SealedKeyword) || m.IsKind(SyntaxKind.NewKeyword) || m.IsKind(SyntaxKind.ExternKeyword))))
            {
                return true;
            }

            return method.Parameters.Any(p => p.IsParams && p.Type is not IArrayTypeSymbol) &&
                declaration.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: <= LanguageVersion.CSharp12 };
        }

        private KernelSpec? Parse()
        {
            if (HasSyntaxErrors())
            {
                return null; // mid-edit: the compiler reports the syntax error; guessing at the rest would only add noise
            }

            ActivationEntry? entry = ParseActivationName();
            CheckPartial();
            HierarchyInfo? hierarchy = _hierarchy = ParseHierarchy();
            _cancellationToken.ThrowIfCancellationRequested();

            CheckGeneric();
            CheckLanguageVersion();
            if (HasBothAttributes())
            {
                if (_gradient)
                {
                    // Reported once, by the forward attribute's parse, whose pipeline also writes the stub.
                    _failed = true;
                    return null;
                }

                Report(DiagnosticDescriptors.BothAttributes, _method.Locations, _method.Name);
            }

            ShapeInfo? shape = _gradient ? ParseGradientShape(entry) : ParseShape(entry);
            // Values are checked against T only when the activation supports T (else FK0005 already said so, and
            // "the default α is not exact in int" would be a second error for the same mistake).
            ElementType element = shape is not null && entry is not null && (entry.Types & shape.Element) != 0 ? shape.Element : ElementType.None;
            ActivationUse? use = entry is null ? null : ParseActivationValues(entry, shape?.HasRole(ParameterRole.Alpha) == true, element);

            bool parallel = entry is not null && shape is not null && ParseParallel(entry, shape);

            if (_gradient && entry is not null && shape is not null && use is not null)
            {
                CheckGradientFromOutput(entry, shape, use);
            }

            if (shape is not null && shape.Element == ElementType.Half && shape.Shape is KernelShape.Vector128 or KernelShape.Vector256 or KernelShape.Vector512)
            {
                Report(DiagnosticDescriptors.UnsupportedElementType, _method.Locations, entry?.Name ?? "?", $"{shape.Shape}<Half>",
                    "float and double for one-vector kernels (.NET has no arithmetic on vectors of Half: use a span kernel of Half, or a vector of float)");
            }

            if (_failed || entry is null || hierarchy is null || shape is null || use is null || IsDuplicateDeclaration())
            {
                return null;
            }

            return new KernelSpec(
                hierarchy,
                ModifiersText(),
                _method.ReturnsVoid ? "void" : TypeClassifier.Text(_method.ReturnType, TypeFormat),
                MethodNameText(),
                shape.Parameters,
                shape.Shape,
                shape.Element,
                use,
                _gradient,
                DeclaredAttributesOf(_method),
                parallel);
        }

        private bool HasBothAttributes()
        {
            bool forward = false, backward = false;
            foreach (AttributeData attribute in _method.GetAttributes())
            {
                forward |= SymbolNames.IsType(attribute.AttributeClass, KernelGenerator.ActivationAttributeName);
                backward |= SymbolNames.IsType(attribute.AttributeClass, KernelGenerator.ActivationGradientAttributeName);
            }

            return forward && backward;
        }

        /// <summary>FK0014: the generated code needs C# 12 (the default for net8.0).</summary>
        private void CheckLanguageVersion()
        {
            if (_method.DeclaringSyntaxReferences.Length > 0 &&
                _method.DeclaringSyntaxReferences[0].SyntaxTree.Options is CSharpParseOptions options &&
                options.LanguageVersion < MinimumLanguageVersion)
            {
                Report(DiagnosticDescriptors.LanguageVersionTooLow, _method.Locations, _method.Name, options.LanguageVersion.ToDisplayString());
            }
        }

        /// <summary>The oldest C# the generated kernels compile with (file-local types, scoped; tested in CompilationTests).</summary>
        internal const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp12;

        private static DeclaredAttributes DeclaredAttributesOf(IMethodSymbol method)
        {
            DeclaredAttributes found = DeclaredAttributes.None;
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (SymbolNames.IsType(attribute.AttributeClass, "System.CodeDom.Compiler.GeneratedCodeAttribute"))
                {
                    found |= DeclaredAttributes.GeneratedCode;
                }
                else if (SymbolNames.IsType(attribute.AttributeClass, "System.Runtime.CompilerServices.MethodImplAttribute"))
                {
                    found |= DeclaredAttributes.MethodImpl;
                }
            }

            return found;
        }

        /// <summary>
        /// A second declaration with the same signature (CS0111, e.g. a pasted line) would give a second file with
        /// the same hint name, which makes the generator fail (CS8785); only the first declaration is generated.
        /// </summary>
        private bool IsDuplicateDeclaration()
        {
            if (_method.ContainingType is null)
            {
                return false;
            }

            foreach (ISymbol member in _method.ContainingType.GetMembers(_method.Name))
            {
                if (member is IMethodSymbol other && !SymbolEqualityComparer.Default.Equals(other, _method) && other.Arity == _method.Arity && SameParameterTypes(other, _method) &&
                    other.Locations.Length > 0 && _method.Locations.Length > 0 &&
                    other.Locations[0].SourceSpan.Start < _method.Locations[0].SourceSpan.Start &&
                    other.Locations[0].SourceTree == _method.Locations[0].SourceTree)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameParameterTypes(IMethodSymbol a, IMethodSymbol b)
        {
            if (a.Parameters.Length != b.Parameters.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Parameters.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(a.Parameters[i].Type, b.Parameters[i].Type) || a.Parameters[i].RefKind != b.Parameters[i].RefKind)
                {
                    return false;
                }
            }

            return true;
        }

        private void CheckGeneric()
        {
            if (_method.IsGenericMethod)
            {
                Report(DiagnosticDescriptors.GenericOrMismatchedTypes, _method.Locations, _method.Name, "kernel methods cannot be generic; declare one method per element type");
            }
        }

        private void CheckPartial()
        {
            // A partial definition without an implementation is what we fill in. Anything else (no partial
            // modifier, a body, or an implementation the user already wrote) we must leave alone.
            if (!_method.IsPartialDefinition || (_method.PartialImplementationPart is { } implementation && !IsGeneratedByUs(implementation)))
            {
                Report(DiagnosticDescriptors.NotPartialDefinition, _method.Locations, _method.Name);
            }
        }

        // The analyzer sees the compilation with our generated implementation (or stub) in it; that one is fine. It is
        // recognised by the file the generator wrote, not by [GeneratedCode], which the user may have written themselves.
        private static bool IsGeneratedByUs(IMethodSymbol implementation)
        {
            foreach (Location location in implementation.Locations)
            {
                if (location.SourceTree?.FilePath is { } path && path.Replace('\\', '/').Contains("/" + typeof(KernelGenerator).FullName + "/"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the declaration (attributes, modifiers, signature) does not parse, e.g. <c>M(ReadOnlySpan&lt;float&gt; x, Span&lt;float&gt;</c>
        /// while typing: a parameter without a name must not reach the emitter.
        /// </summary>
        private bool HasSyntaxErrors()
        {
            foreach (SyntaxReference reference in _method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is MethodDeclarationSyntax declaration &&
                    (declaration.AttributeLists.Any(list => list.ContainsDiagnostics) || declaration.Modifiers.Any(m => m.ContainsDiagnostics) ||
                     declaration.ReturnType.ContainsDiagnostics || declaration.Identifier.IsMissing || declaration.ParameterList.ContainsDiagnostics))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The method name as declared: keeps a leading @ (<c>void @void(...)</c>), which the implementation must repeat.</summary>
        private string MethodNameText()
        {
            foreach (SyntaxReference reference in _method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is MethodDeclarationSyntax declaration)
                {
                    return declaration.Identifier.Text;
                }
            }

            return _method.Name;
        }

        private string ModifiersText()
        {
            foreach (SyntaxReference reference in _method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is MethodDeclarationSyntax declaration)
                {
                    return declaration.Modifiers.ToString();
                }
            }

            return "partial";
        }

        private void Report(DiagnosticDescriptor descriptor, IEnumerable<Location> locations, params object?[] args)
        {
            Location? location = null;
            foreach (Location candidate in locations)
            {
                location = candidate;
                break;
            }

            Report(descriptor, location, args);
        }

        private void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] args) =>
            Report(descriptor, location, properties: null, args);

        private void Report(DiagnosticDescriptor descriptor, Location? location, ImmutableDictionary<string, string?>? properties, params object?[] args)
        {
            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                _failed = true;
            }

            _diagnostics?.Add(Diagnostic.Create(descriptor, location ?? Location.None, properties, args));
        }
    }
}
