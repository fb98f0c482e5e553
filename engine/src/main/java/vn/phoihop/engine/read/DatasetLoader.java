package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.catalog.StoredColumn;
import vn.phoihop.engine.parquet.ParquetWriter;

/**
 * Loads agency files into the typed Parquet tables of docs/engine.md.
 *
 * <p>One streaming pass in Java reads and validates each row on its bytes and writes the accepted
 * ones, typed, straight to Parquet ({@link ParquetWriter}). Nothing holds a whole file in memory
 * except the compact index of keys seen and one row group. Datasets are loaded
 * {@link DuckDbSettings#concurrentDatasets()} at a time, largest first.
 */
public final class DatasetLoader {

    private static final String CSV = ".csv";
    private static final String XLSX = ".xlsx";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final DuckDbSettings settings;

    public DatasetLoader(DuckDbSettings settings) {
        this.settings = settings;
    }

    /** {@link #loadDirectory(Path, Path, LoadProgress)} without progress reports. */
    public LoadReport loadDirectory(Path inputDirectory, Path workDirectory) throws IOException {
        return loadDirectory(inputDirectory, workDirectory, LoadProgress.NONE);
    }

    /**
     * Loads every dataset present in {@code inputDirectory} as {@code <dataset>.csv} or
     * {@code <dataset>.xlsx} (name compared case-insensitively) into {@code <work>/<dataset>.parquet},
     * and writes {@code <work>/rejects.csv} and {@code <work>/warnings.csv}, sorted by dataset,
     * file, line and column. Other files are ignored. A stale Parquet file of a dataset that is
     * not loaded this time is deleted.
     */
    public LoadReport loadDirectory(Path inputDirectory, Path workDirectory, LoadProgress progress)
            throws IOException {
        Files.createDirectories(workDirectory);
        List<Path> inputs;
        try (Stream<Path> listing = Files.list(inputDirectory)) {
            inputs = listing.filter(Files::isRegularFile).sorted().toList();
        }
        var tasks = new ArrayList<DatasetTask>();
        for (Dataset dataset : Catalog.all()) {
            List<Path> files = inputs.stream().filter(p -> isFileOf(dataset, p)).toList();
            Files.deleteIfExists(parquetPath(workDirectory, dataset));
            tasks.add(new DatasetTask(dataset, files.stream().map(NamedFile::of).toList(),
                    workDirectory.resolve("." + dataset.code() + ".rejects.part"),
                    workDirectory.resolve("." + dataset.code() + ".warnings.part")));
        }
        List<DatasetLoad> loads = runConcurrently(tasks, task -> task.run(workDirectory, progress));
        Path rejects = workDirectory.resolve("rejects.csv");
        Path warnings = workDirectory.resolve("warnings.csv");
        // rejects.csv is sorted by dataset code first: concatenate the per-dataset parts in that order
        List<DatasetTask> byCode = tasks.stream().sorted(Comparator.comparing(t -> t.dataset.code())).toList();
        concatenate(byCode.stream().map(t -> t.rejects).toList(), rejects);
        concatenate(byCode.stream().map(t -> t.warnings).toList(), warnings);
        return new LoadReport(loads, rejects, warnings);
    }

    /**
     * Loads one file of any name for {@code dataset} (CSV or XLSX, told apart by content) into
     * {@code <work>/<dataset>.parquet}, with its rejects and warnings in
     * {@code <work>/<dataset>.rejects.csv} and {@code <work>/<dataset>.warnings.csv}.
     */
    public FileLoad loadFile(Dataset dataset, Path file, Path workDirectory, LoadProgress progress)
            throws IOException {
        return loadFile(dataset, file, file.getFileName().toString(), workDirectory, progress);
    }

    /**
     * As {@link #loadFile(Dataset, Path, Path, LoadProgress)}, with the name the sender gave the
     * file (an upload is stored under another name) in the rejects, warnings and report.
     */
    public FileLoad loadFile(Dataset dataset, Path file, String fileName, Path workDirectory, LoadProgress progress)
            throws IOException {
        Files.createDirectories(workDirectory);
        Files.deleteIfExists(parquetPath(workDirectory, dataset));
        var task = new DatasetTask(dataset, List.of(new NamedFile(file, fileName)),
                workDirectory.resolve("." + dataset.code() + ".rejects.part"),
                workDirectory.resolve("." + dataset.code() + ".warnings.part"));
        DatasetLoad load = task.run(workDirectory, progress);
        Path rejects = workDirectory.resolve(dataset.code() + ".rejects.csv");
        Path warnings = workDirectory.resolve(dataset.code() + ".warnings.csv");
        concatenate(List.of(task.rejects), rejects);
        concatenate(List.of(task.warnings), warnings);
        return new FileLoad(load, rejects, warnings);
    }

    static Path parquetPath(Path workDirectory, Dataset dataset) {
        return workDirectory.resolve(dataset.code() + ".parquet");
    }

    private static boolean isFileOf(Dataset dataset, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals(dataset.code() + CSV) || name.equals(dataset.code() + XLSX);
    }

    private interface TaskBody {
        DatasetLoad run(DatasetTask task) throws IOException;
    }

    private List<DatasetLoad> runConcurrently(List<DatasetTask> tasks, TaskBody body) throws IOException {
        // largest file first, so that the longest load does not start last
        List<DatasetTask> order = tasks.stream().sorted(Comparator.comparingLong(DatasetTask::size).reversed()).toList();
        ExecutorService executor = Executors.newFixedThreadPool(settings.concurrentDatasets(), runnable -> {
            Thread thread = new Thread(runnable, "dataset-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var futures = new ArrayList<Future<DatasetLoad>>();
            for (DatasetTask task : order) {
                futures.add(executor.submit(() -> body.run(task)));
            }
            var byCode = new java.util.HashMap<String, DatasetLoad>();
            for (Future<DatasetLoad> future : futures) {
                DatasetLoad load = future.get();
                byCode.put(load.dataset(), load);
            }
            return tasks.stream().map(t -> byCode.get(t.dataset.code())).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw new IllegalStateException("loading failed", cause);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void concatenate(List<Path> parts, Path target) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            out.write(IssueWriter.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path part : parts) {
                if (Files.exists(part)) {
                    Files.copy(part, out);
                    Files.delete(part);
                }
            }
        }
    }

    /** An input file and the name to report it under. */
    private record NamedFile(Path path, String name) {
        static NamedFile of(Path path) {
            return new NamedFile(path, path.getFileName().toString());
        }
    }

    /** Loading one dataset from its file(s). */
    private static final class DatasetTask {
        private final Dataset dataset;
        private final List<NamedFile> files;
        private final Path rejects;
        private final Path warnings;

        DatasetTask(Dataset dataset, List<NamedFile> files, Path rejects, Path warnings) {
            this.dataset = dataset;
            this.files = files;
            this.rejects = rejects;
            this.warnings = warnings;
        }

        long size() {
            long total = 0;
            for (NamedFile file : files) {
                try {
                    total += Files.size(file.path());
                } catch (IOException e) {
                    // an unreadable file is reported when it is read
                }
            }
            return total;
        }

        DatasetLoad run(Path workDirectory, LoadProgress progress) throws IOException {
            if (files.isEmpty()) {
                return DatasetLoad.missing(dataset.code());
            }
            long started = System.nanoTime();
            if (files.size() > 1) {
                String names = files.stream().map(NamedFile::name).collect(Collectors.joining(", "));
                try (var out = new IssueWriter(rejects, false)) {
                    for (NamedFile file : files) {
                        var invalid = new Invalid(Problem.AMBIGUOUS_FILES, names);
                        out.write(new Reject(dataset.code(), file.name(), 1, "", "",
                                invalid.messageVi(), invalid.messageEn()));
                    }
                }
                return fileRejected(Optional.of(names), started);
            }
            Path file = files.get(0).path();
            String fileName = files.get(0).name();
            Path parquet = parquetPath(workDirectory, dataset);
            Path partial = parquet.resolveSibling("." + parquet.getFileName() + ".partial");
            DatasetFileReader reader;
            try {
                reader = read(file, fileName, partial, progress);
            } catch (IOException | UncheckedIOException e) {
                Files.deleteIfExists(partial);
                String reason = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
                var invalid = new Invalid(Problem.UNREADABLE_FILE, reason);
                try (var out = new IssueWriter(rejects, false); var noWarnings = new IssueWriter(warnings, false)) {
                    out.write(new Reject(dataset.code(), fileName, 1, "", "", invalid.messageVi(), invalid.messageEn()));
                }
                return fileRejected(Optional.of(fileName), started);
            }
            if (!reader.headerAccepted()) {
                Files.deleteIfExists(partial);
                return fileRejected(Optional.of(fileName), started);
            }
            Files.move(partial, parquet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DatasetLoad(dataset.code(), LoadStatus.LOADED, Optional.of(fileName), reader.rowsRead(),
                    reader.rowsAccepted(), reader.rowsRejected(), reader.warnings(),
                    Duration.ofNanos(System.nanoTime() - started), Optional.of(parquet));
        }

        private DatasetLoad fileRejected(Optional<String> file, long started) {
            return new DatasetLoad(dataset.code(), LoadStatus.FILE_REJECTED, file, 0, 0, 0, 0,
                    Duration.ofNanos(System.nanoTime() - started), Optional.empty());
        }

        private DatasetFileReader read(Path file, String fileName, Path parquet, LoadProgress progress)
                throws IOException {
            boolean xlsx = isZip(file);
            List<StoredColumn> stored = dataset.storedColumns();
            try (var acceptedOut = new ParquetWriter(parquet, stored.stream().map(StoredColumn::name).toList(),
                        stored.stream().map(RowValues::typeOf).toList());
                 var rejectsOut = new IssueWriter(rejects, false);
                 var warningsOut = new IssueWriter(warnings, false)) {
                // XLSX rows end at their last non-empty cell; a short CSV row is a broken row
                // a compressed workbook says little about its row count: the key index grows as needed
                var reader = new DatasetFileReader(dataset, fileName, xlsx, acceptedOut, rejectsOut, warningsOut, progress,
                        xlsx ? 0 : Files.size(file));
                if (xlsx) {
                    new XlsxRecordReader(file).read(reader);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        new CsvRecordReader(in).read(reader);
                    }
                }
                reader.endOfFile();
                return reader;
            }
        }

        private static boolean isZip(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(ZIP_MAGIC.length);
                return java.util.Arrays.equals(head, ZIP_MAGIC);
            }
        }
    }
}
