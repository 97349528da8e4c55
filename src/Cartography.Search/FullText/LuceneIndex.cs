using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Cartography.Search.FullText;

/// <summary>
/// One on-disk Lucene index opened for the instance's lifetime: its directory, its single writer, and the
/// searcher manager that hands out near-real-time searchers from that writer.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const string SequenceKey = "sequence";
    private const string SchemaKey = "schema";
    // Raise when fields or analyzers change: an index written the old way then reads as needing a rebuild.
    private const string Schema = "3";
    private const double RamBufferMegabytes = 64;

    private readonly FSDirectory directory;
    private readonly SearcherManager searchers;

    private LuceneIndex(FSDirectory directory, IndexWriter writer, SearcherManager searchers)
    {
        this.directory = directory;
        Writer = writer;
        this.searchers = searchers;
    }

    public IndexWriter Writer { get; }

    /// <summary>The sequence of the last commit, if it was written by this schema.</summary>
    public long? CommittedSequence =>
        Writer.CommitData is { } data &&
        data.TryGetValue(SchemaKey, out var schema) && schema == Schema &&
        data.TryGetValue(SequenceKey, out var text) &&
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    /// <summary>Opens the index in <paramref name="path"/>, creating an empty one if there is none; null if what is there cannot be read.</summary>
    public static LuceneIndex? TryOpen(string path, Analyzer analyzer, SearcherFactory searcherFactory)
    {
        try
        {
            System.IO.Directory.CreateDirectory(path);
            return Open(path, analyzer, searcherFactory, OpenMode.CREATE_OR_APPEND);
        }
        catch (LockObtainFailedException exception)
        {
            // Another writer owns this folder: not garbage, and rebuilding over it would destroy its index.
            throw new InvalidOperationException($"The full-text index in '{path}' is already open for writing.", exception);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Deletes whatever is in <paramref name="path"/> and creates an empty index there.</summary>
    public static LuceneIndex Recreate(string path, Analyzer analyzer, SearcherFactory searcherFactory)
    {
        if (File.Exists(path)) File.Delete(path);
        else if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        System.IO.Directory.CreateDirectory(path);
        return Open(path, analyzer, searcherFactory, OpenMode.CREATE);
    }

    private static LuceneIndex Open(string path, Analyzer analyzer, SearcherFactory searcherFactory, OpenMode mode)
    {
        var directory = FSDirectory.Open(path);
        IndexWriter? writer = null;
        try
        {
            writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSettings.Version, analyzer)
            {
                OpenMode = mode,
                RAMBufferSizeMB = RamBufferMegabytes,
                // Writing each flushed segment a second time into a compound file only saves file handles we have plenty of.
                UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            });
            return new LuceneIndex(directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory));
        }
        catch
        {
            // Rollback, not Dispose: closing must not commit anything into a folder we could not read.
            writer?.Rollback();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Commits pending changes as the state of <paramref name="sequence"/> and makes them searchable.</summary>
    public void Commit(long sequence)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [SchemaKey] = Schema,
        });
        Writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    public T Read<T>(Func<IdentifiedSearcher, T> read)
    {
        var searcher = searchers.Acquire();
        try
        {
            return read((IdentifiedSearcher)searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Closes without committing, dropping whatever a failed update left pending.</summary>
    public void Abandon()
    {
        searchers.Dispose();
        Writer.Rollback();
        directory.Dispose();
    }

    public void Dispose()
    {
        searchers.Dispose();
        Writer.Dispose();
        directory.Dispose();
    }
}
