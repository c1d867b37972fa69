using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tests.Text;

public sealed class ThreadScratchTests
{
    [Fact]
    public void A_returned_scratch_is_reused_by_the_next_rent_on_the_thread()
    {
        var first = ThreadScratch<Probe>.Rent(static () => new Probe());
        first.Size = 3;
        ThreadScratch<Probe>.Return(first);

        var second = ThreadScratch<Probe>.Rent(static () => new Probe());

        Assert.Same(first, second);
        Assert.Equal(0, second.Size); // emptied on return
        ThreadScratch<Probe>.Return(second);
    }

    [Fact]
    public void A_scratch_in_use_is_not_handed_out_twice()
    {
        var outer = ThreadScratch<Probe>.Rent(static () => new Probe());
        var inner = ThreadScratch<Probe>.Rent(static () => new Probe());

        Assert.NotSame(outer, inner);
        ThreadScratch<Probe>.Return(inner);
        ThreadScratch<Probe>.Return(outer);
    }

    [Fact]
    public void A_scratch_that_grew_too_large_is_dropped()
    {
        var large = ThreadScratch<Probe>.Rent(static () => new Probe());
        large.Size = Probe.MaxKept + 1;
        ThreadScratch<Probe>.Return(large);

        var next = ThreadScratch<Probe>.Rent(static () => new Probe());

        Assert.NotSame(large, next);
        ThreadScratch<Probe>.Return(next);
    }

    private sealed class Probe : IScratch
    {
        public const int MaxKept = 10;

        public int Size { get; set; }

        public bool Reset()
        {
            var keep = Size <= MaxKept;
            Size = 0;
            return keep;
        }
    }
}
