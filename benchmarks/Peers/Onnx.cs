using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FusedKernels.Peers
{
    /// <summary>
    /// A hand-written minimal protobuf writer for the few ONNX messages a one-node (or few-node) model needs:
    /// ModelProto, GraphProto, NodeProto, AttributeProto, ValueInfoProto/TypeProto/TensorShapeProto and a
    /// TensorProto initializer. Field numbers are those of onnx.proto (ONNX IR version 9). This keeps the suite
    /// free of an ONNX or protobuf package and of a model file on disk: every model is built at start-up.
    /// </summary>
    internal sealed class Pb
    {
        private readonly MemoryStream _s = new();

        public byte[] ToArray() => _s.ToArray();

        public Pb Varint(int field, long value)
        {
            Tag(field, 0);
            Raw((ulong)value);
            return this;
        }

        public Pb Float(int field, float value)
        {
            Tag(field, 5);
            Span<byte> b = stackalloc byte[4];
            BitConverter.TryWriteBytes(b, value);
            _s.Write(b);
            return this;
        }

        public Pb Bytes(int field, ReadOnlySpan<byte> value)
        {
            Tag(field, 2);
            Raw((ulong)value.Length);
            _s.Write(value);
            return this;
        }

        public Pb String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public Pb Message(int field, Pb message) => Bytes(field, message.ToArray());

        private void Tag(int field, int wireType) => Raw((ulong)((field << 3) | wireType));

        private void Raw(ulong v)
        {
            while (v >= 0x80)
            {
                _s.WriteByte((byte)(v | 0x80));
                v >>= 7;
            }

            _s.WriteByte((byte)v);
        }
    }

    /// <summary>One node of a graph: op type, inputs, outputs, attributes (float, int or string).</summary>
    public sealed record OnnxNode(string OpType, string[] Inputs, string[] Outputs, string Domain = "", params (string Name, object Value)[] Attributes);

    /// <summary>
    /// A small float graph. Inputs are named x, then bias ([L], with x as [R, L]) or m (same shape as x); the output
    /// is y. Dimensions other than L are symbolic, so one session serves every size. Scalar constants (Clip's
    /// bounds) are initializers.
    /// </summary>
    public sealed class OnnxGraph
    {
        public OnnxGraph(string description, Shape shape, params OnnxNode[] nodes)
        {
            Description = description;
            Shape = shape;
            Nodes = nodes;
        }

        public string Description { get; }

        public Shape Shape { get; }

        public OnnxNode[] Nodes { get; }

        public Dictionary<string, float> Constants { get; } = new();

        public OnnxGraph WithConstant(string name, float value)
        {
            Constants[name] = value;
            return this;
        }

        /// <summary>The ModelProto bytes: IR version 9, opsets ai.onnx 20 and com.microsoft 1.</summary>
        public byte[] ToModel()
        {
            var graph = new Pb();
            foreach (OnnxNode n in Nodes)
            {
                var node = new Pb();
                foreach (string i in n.Inputs) node.String(1, i);
                foreach (string o in n.Outputs) node.String(2, o);
                node.String(4, n.OpType);
                foreach ((string name, object value) in n.Attributes)
                {
                    var a = new Pb().String(1, name);
                    switch (value)
                    {
                        case float f: a.Float(2, f).Varint(20, 1); break;       // AttributeProto.f, type FLOAT
                        case long l: a.Varint(3, l).Varint(20, 2); break;       // .i, INT
                        case string s: a.String(4, s).Varint(20, 3); break;     // .s, STRING
                        default: throw new ArgumentException($"attribute {name}: {value.GetType()}");
                    }

                    node.Message(5, a);
                }

                if (n.Domain.Length > 0) node.String(7, n.Domain);
                graph.Message(1, node);
            }

            graph.String(2, "g");
            foreach ((string name, float value) in Constants)
            {
                var t = new Pb().Varint(2, 1).String(8, name).Bytes(9, BitConverter.GetBytes(value)); // scalar float, raw_data
                graph.Message(5, t);
            }

            bool twoD = Shape == Shape.ChannelBias;
            graph.Message(11, ValueInfo("x", twoD ? ["R", PeerBuffers.Channels] : ["N"]));
            if (Shape == Shape.ChannelBias) graph.Message(11, ValueInfo("bias", [PeerBuffers.Channels]));
            if (Shape == Shape.Gated) graph.Message(11, ValueInfo("m", ["N"]));
            graph.Message(12, ValueInfo("y", twoD ? ["R", PeerBuffers.Channels] : ["N"]));

            var model = new Pb().Varint(1, 9).String(2, "FusedKernels.Peers").Message(7, graph);
            model.Message(8, new Pb().String(1, "").Varint(2, 20));
            model.Message(8, new Pb().String(1, "com.microsoft").Varint(2, 1));
            return model.ToArray();
        }

        private static Pb ValueInfo(string name, object[] dims)
        {
            var shape = new Pb();
            foreach (object d in dims)
            {
                shape.Message(1, d is string p ? new Pb().String(2, p) : new Pb().Varint(1, (int)d));
            }

            var tensor = new Pb().Varint(1, 1).Message(2, shape); // elem_type FLOAT
            return new Pb().String(1, name).Message(2, new Pb().Message(1, tensor));
        }
    }

    /// <summary>
    /// An ONNX Runtime session over one graph, with IOBinding of x (and bias or m) and y to the case's own buffers
    /// (<see cref="OrtValue.CreateTensorValueWithData"/> over the pinned arrays: no copy in or out per run).
    /// <paramref name="threads"/> = 1 is the single-threaded comparison; 0 lets ONNX Runtime use every core.
    /// </summary>
    public sealed class OrtRunner : IDisposable
    {
        private readonly InferenceSession _session;
        private readonly OrtIoBinding _binding;
        private readonly RunOptions _run = new();
        private readonly List<OrtValue> _values = new();

        public OrtRunner(OnnxGraph graph, PeerBuffers b, int threads, Pinned? output = null)
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = threads,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            if (threads == 1)
            {
                options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            }

            _session = new InferenceSession(graph.ToModel(), options);
            _binding = _session.CreateIoBinding();
            long[] shape = graph.Shape == Shape.ChannelBias ? [b.N / PeerBuffers.Channels, PeerBuffers.Channels] : [b.N];
            _binding.BindInput("x", Value(b.XBuf, shape));
            if (graph.Shape == Shape.ChannelBias) _binding.BindInput("bias", Value(b.BiasBuf, [PeerBuffers.Channels]));
            if (graph.Shape == Shape.Gated) _binding.BindInput("m", Value(b.MBuf, shape));
            _binding.BindOutput("y", Value(output ?? b.YBuf, shape));
        }

        public void Run() => _session.RunWithBinding(_run, _binding);

        public void Dispose()
        {
            _binding.Dispose();
            foreach (OrtValue v in _values) v.Dispose();
            _session.Dispose();
            _run.Dispose();
        }

        private OrtValue Value(Pinned p, long[] shape)
        {
            var v = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, shape, p.Pointer, (long)p.Length * sizeof(float));
            _values.Add(v);
            return v;
        }
    }
}
