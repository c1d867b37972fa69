using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Geopolitics.Nlp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Geopolitics.Nlp.Benchmarks.Corpus).Assembly).Run(args);
