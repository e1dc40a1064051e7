// The partition log and its record batches: offsets, follower appends, reads, truncation, segment
// rolling, retention and the leader epoch cache (compared with Kafka's UnifiedLog, LogSegment and
// LeaderEpochFileCache).
#include <QtTest>

#include <cstdio>
#include <memory>

#include "log/partition_log.h"
#include "log/record_batch.h"

using namespace ks;

namespace {

// Every record made here has no key and a 4-byte value naming the offset it is meant for, "v007",
// so a record takes 4 + RecordBatchData::kRecordOverheadBytes bytes.
constexpr std::int64_t kRecordBytes = 4 + static_cast<std::int64_t>(RecordBatchData::kRecordOverheadBytes);

std::string valueFor(Offset offset) {
    char text[8];
    std::snprintf(text, sizeof text, "v%03d", static_cast<int>(offset));
    return text;
}

SharedBatchData recordsFor(Offset first, int count, SimTime timestamp) {
    auto data = std::make_shared<RecordBatchData>();
    for (int i = 0; i < count; ++i) {
        ProducerRecord record;
        record.value = valueFor(first + i);
        data->append(record, timestamp);
    }
    return data;
}

// Appends `count` records as the leader, named after the offsets they should get.
StoredBatch append(PartitionLog& log, int count, LeaderEpoch epoch, SimTime now = 0) {
    return log.appendAsLeader(recordsFor(log.logEndOffset(), count, now), epoch, now);
}

// "offset:value" for every record of the batches, in order.
QStringList records(const std::vector<StoredBatch>& batches) {
    QStringList out;
    for (const StoredBatch& b : batches)
        for (std::uint32_t i = 0; i < b.count; ++i) {
            const auto value = b.data->value(b.first + i);
            out << QStringLiteral("%1:%2").arg(b.baseOffset + i).arg(
                       value ? QString::fromStdString(std::string(*value)) : QStringLiteral("null"));
        }
    return out;
}

// What records() should give for the records [from, to) made by append().
QStringList expected(Offset from, Offset to) {
    QStringList out;
    for (Offset o = from; o < to; ++o) out << QStringLiteral("%1:%2").arg(o).arg(QString::fromStdString(valueFor(o)));
    return out;
}

QStringList allRecords(const PartitionLog& log) { return records(log.read(log.logStartOffset(), SIZE_MAX)); }

QString epochs(const PartitionLog& log) {
    QStringList out;
    for (const EpochEntry& e : log.epochs()) out << QStringLiteral("%1@%2").arg(e.epoch).arg(e.startOffset);
    return out.join(' ');
}

QString endOffset(const EpochEndOffset& eo) { return QStringLiteral("%1@%2").arg(eo.epoch).arg(eo.endOffset); }

QList<qint64> segmentBases(const PartitionLog& log) {
    QList<qint64> out;
    for (const LogSegment& s : log.segments()) out << s.baseOffset;
    return out;
}

// The log's byte counts agree with its batches, segment by segment.
void checkSizes(const PartitionLog& log) {
    std::int64_t total = 0;
    for (const LogSegment& s : log.segments()) {
        std::int64_t inSegment = 0;
        for (const StoredBatch& b : s.batches) inSegment += static_cast<std::int64_t>(b.sizeInBytes());
        QCOMPARE(s.sizeBytes, inSegment);
        total += inSegment;
    }
    QCOMPARE(log.sizeInBytes(), total);
}

// A new log that received the same records as a follower, from offset 0.
PartitionLog copyOf(const PartitionLog& log) {
    PartitionLog copy(log.config());
    for (const StoredBatch& b : log.read(0, SIZE_MAX)) copy.appendAsFollower(b, 0);
    return copy;
}

LogConfig segmentsOfTwoBatches() {
    LogConfig config;
    config.segmentBytes = 6 * kRecordBytes;  // two batches of three records
    return config;
}

// Offsets 0..14 in batches of three, two batches a segment: segments at 0, 6 and 12 (the active one).
PartitionLog fiveBatchesInThreeSegments(LogConfig config = segmentsOfTwoBatches()) {
    PartitionLog log(config);
    for (int i = 0; i < 5; ++i) append(log, 3, 0);
    return log;
}

}  // namespace

class TestPartitionLog : public QObject {
    Q_OBJECT

private slots:
    void emptyLog() {
        PartitionLog log;
        QCOMPARE(log.logStartOffset(), Offset(0));
        QCOMPARE(log.logEndOffset(), Offset(0));
        QCOMPARE(log.highWatermark(), Offset(0));
        QCOMPARE(log.sizeInBytes(), std::int64_t(0));
        QCOMPARE(log.latestEpoch(), LeaderEpoch(-1));
        QVERIFY(log.read(0, SIZE_MAX).empty());
        QCOMPARE(log.batchContaining(0), nullptr);
    }

    void leaderAppendAssignsDenseOffsetsFromZero() {
        PartitionLog log;
        const StoredBatch a = append(log, 3, 0);
        const StoredBatch b = append(log, 1, 0);
        const StoredBatch c = append(log, 4, 0);
        QCOMPARE(a.baseOffset, Offset(0));
        QCOMPARE(a.count, 3u);
        QCOMPARE(a.lastOffset(), Offset(2));
        QCOMPARE(b.baseOffset, Offset(3));
        QCOMPARE(c.baseOffset, Offset(4));
        QCOMPARE(c.nextOffset(), Offset(8));
        QCOMPARE(log.logEndOffset(), Offset(8));
        QCOMPARE(log.recordCount(), std::int64_t(8));
        QCOMPARE(log.sizeInBytes(), 8 * kRecordBytes);
        QCOMPARE(allRecords(log), expected(0, 8));
        QCOMPARE(epochs(log), QStringLiteral("0@0"));
        checkSizes(log);

        const StoredBatch none = log.appendAsLeader(std::make_shared<RecordBatchData>(), 0, 0);
        QCOMPARE(none.count, 0u);
        QCOMPARE(log.logEndOffset(), Offset(8));
        QCOMPARE(log.sizeInBytes(), 8 * kRecordBytes);
        QCOMPARE(log.segments().back().batches.size(), std::size_t(3));
    }

    void leaderAppendInNewEpochStartsAnEpochEntry() {
        PartitionLog log;
        append(log, 2, 1);
        append(log, 2, 1);
        append(log, 3, 4);
        append(log, 1, 5);
        QCOMPARE(epochs(log), QStringLiteral("1@0 4@4 5@7"));
        QCOMPARE(log.latestEpoch(), LeaderEpoch(5));
        QCOMPARE(log.segments().back().batches[2].leaderEpoch, LeaderEpoch(4));
    }

    void followerAppendSkipsWhatItHasAndSlices() {
        PartitionLog leader;
        const StoredBatch first = append(leader, 5, 1);
        const StoredBatch second = append(leader, 5, 2);

        PartitionLog follower;
        follower.appendAsFollower(first.slice(0, 3), 0);
        QCOMPARE(follower.logEndOffset(), Offset(3));
        follower.appendAsFollower(first, 0);
        QCOMPARE(follower.logEndOffset(), Offset(5));
        const StoredBatch& tail = follower.segments().back().batches.back();
        QCOMPARE(tail.baseOffset, Offset(3));
        QCOMPARE(tail.first, 3u);
        QCOMPARE(tail.count, 2u);
        QCOMPARE(tail.leaderEpoch, LeaderEpoch(1));

        follower.appendAsFollower(first, 0);
        follower.appendAsFollower(first.slice(1, 4), 0);
        QCOMPARE(follower.logEndOffset(), Offset(5));
        QCOMPARE(follower.segments().back().batches.size(), std::size_t(2));

        follower.appendAsFollower(second, 0);
        QCOMPARE(follower.logEndOffset(), Offset(10));
        QCOMPARE(allRecords(follower), expected(0, 10));
        QCOMPARE(follower.sizeInBytes(), leader.sizeInBytes());
        QCOMPARE(epochs(follower), QStringLiteral("1@0 2@5"));
        checkSizes(follower);
    }

    void followerAppendOfAPartlyKnownBatchInANewEpoch() {
        PartitionLog leader;
        append(leader, 4, 0);
        const StoredBatch later = append(leader, 4, 3);
        PartitionLog follower;
        for (const StoredBatch& b : leader.read(0, SIZE_MAX, 6)) follower.appendAsFollower(b, 0);
        QCOMPARE(follower.logEndOffset(), Offset(6));
        QCOMPARE(epochs(follower), QStringLiteral("0@0 3@4"));
        follower.appendAsFollower(later, 0);
        QCOMPARE(follower.logEndOffset(), Offset(8));
        QCOMPARE(allRecords(follower), expected(0, 8));
        QCOMPARE(epochs(follower), QStringLiteral("0@0 3@4"));
    }

    void readAcrossBatchesAndSegments() {
        const PartitionLog log = fiveBatchesInThreeSegments();
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6, 12}));

        const auto fromInside = log.read(4, SIZE_MAX);
        QCOMPARE(records(fromInside), expected(4, 15));
        QCOMPARE(fromInside.front().baseOffset, Offset(4));
        QCOMPARE(fromInside.front().count, 2u);
        QCOMPARE(fromInside.size(), std::size_t(4));

        QCOMPARE(records(log.read(7, SIZE_MAX)), expected(7, 15));
        QCOMPARE(records(log.read(6, SIZE_MAX)), expected(6, 15));
        QCOMPARE(records(log.read(13, SIZE_MAX)), expected(13, 15));
        QCOMPARE(records(log.read(14, SIZE_MAX)), expected(14, 15));
        QVERIFY(log.read(15, SIZE_MAX).empty());
        QVERIFY(log.read(40, SIZE_MAX).empty());
    }

    void readHonoursMaxBytesButReturnsAtLeastOneBatch() {
        const PartitionLog log = fiveBatchesInThreeSegments();
        const auto batchBytes = static_cast<std::size_t>(3 * kRecordBytes);

        QCOMPARE(records(log.read(0, 0)), expected(0, 3));
        QCOMPARE(records(log.read(0, 1)), expected(0, 3));
        QCOMPARE(records(log.read(0, batchBytes)), expected(0, 3));
        QCOMPARE(records(log.read(0, 2 * batchBytes - 1)), expected(0, 3));
        QCOMPARE(records(log.read(0, 2 * batchBytes)), expected(0, 6));
        QCOMPARE(records(log.read(0, 3 * batchBytes)), expected(0, 9));
        QCOMPARE(records(log.read(4, 1)), expected(4, 6));
        QCOMPARE(records(log.read(4, static_cast<std::size_t>(5 * kRecordBytes))), expected(4, 9));
        QCOMPARE(records(log.read(4, static_cast<std::size_t>(5 * kRecordBytes) - 1)), expected(4, 6));
        QCOMPARE(records(log.read(12, 1)), expected(12, 15));
    }

    void readStopsAtMaxOffset() {
        PartitionLog log = fiveBatchesInThreeSegments();
        QCOMPARE(log.updateHighWatermark(8), Offset(8));
        QCOMPARE(records(log.read(0, SIZE_MAX, log.highWatermark())), expected(0, 8));
        QCOMPARE(records(log.read(7, SIZE_MAX, log.highWatermark())), expected(7, 8));
        QVERIFY(log.read(8, SIZE_MAX, log.highWatermark()).empty());
        QVERIFY(log.read(10, SIZE_MAX, log.highWatermark()).empty());
        QCOMPARE(records(log.read(0, SIZE_MAX, 9)), expected(0, 9));
        QCOMPARE(records(log.read(0, SIZE_MAX, 1000)), expected(0, 15));
        QCOMPARE(records(log.read(0, 1, 2)), expected(0, 2));
    }

    void highWatermarkIsClampedToTheLog() {
        PartitionLog log = fiveBatchesInThreeSegments();
        QCOMPARE(log.updateHighWatermark(100), Offset(15));
        QCOMPARE(log.updateHighWatermark(-5), Offset(0));
        QCOMPARE(log.updateHighWatermark(9), Offset(9));
        QCOMPARE(log.highWatermark(), Offset(9));
    }

    void batchContainingFindsTheStoredBatch() {
        const PartitionLog log = fiveBatchesInThreeSegments();
        for (Offset o = 0; o < 15; ++o) {
            const StoredBatch* b = log.batchContaining(o);
            QVERIFY2(b, qPrintable(QStringLiteral("offset %1").arg(o)));
            QCOMPARE(b->baseOffset, o / 3 * 3);
            QCOMPARE(b->count, 3u);
        }
        QCOMPARE(log.batchContaining(-1), nullptr);
        QCOMPARE(log.batchContaining(15), nullptr);
        QCOMPARE(log.batchContaining(1000), nullptr);
    }

    void truncateInTheMiddleOfABatch() {
        PartitionLog log;
        append(log, 4, 0);
        append(log, 4, 1);
        append(log, 4, 2);
        log.updateHighWatermark(10);
        QCOMPARE(epochs(log), QStringLiteral("0@0 1@4 2@8"));

        QCOMPARE(log.truncateTo(6), std::int64_t(6));
        QCOMPARE(log.logEndOffset(), Offset(6));
        QCOMPARE(log.highWatermark(), Offset(6));
        QCOMPARE(log.recordCount(), std::int64_t(6));
        QCOMPARE(allRecords(log), expected(0, 6));
        QCOMPARE(epochs(log), QStringLiteral("0@0 1@4"));
        QCOMPARE(log.latestEpoch(), LeaderEpoch(1));
        const StoredBatch& last = log.segments().back().batches.back();
        QCOMPARE(last.baseOffset, Offset(4));
        QCOMPARE(last.count, 2u);
        QCOMPARE(log.batchContaining(6), nullptr);
        QCOMPARE(log.batchContaining(5), &last);
        QCOMPARE(log.sizeInBytes(), 6 * kRecordBytes);
        QCOMPARE(log.sizeInBytes(), copyOf(log).sizeInBytes());
        checkSizes(log);

        const StoredBatch next = append(log, 2, 3);
        QCOMPARE(next.baseOffset, Offset(6));
        QCOMPARE(allRecords(log), expected(0, 8));
        QCOMPARE(epochs(log), QStringLiteral("0@0 1@4 3@6"));
        checkSizes(log);
    }

    void truncateKeepsALowerHighWatermark() {
        PartitionLog log;
        append(log, 10, 0);
        log.updateHighWatermark(3);
        QCOMPARE(log.truncateTo(6), std::int64_t(4));
        QCOMPARE(log.highWatermark(), Offset(3));
    }

    void truncateAtOrPastTheEndChangesNothing() {
        PartitionLog log;
        append(log, 5, 0);
        log.updateHighWatermark(5);
        QCOMPARE(log.truncateTo(5), std::int64_t(0));
        QCOMPARE(log.truncateTo(9), std::int64_t(0));
        QCOMPARE(log.logEndOffset(), Offset(5));
        QCOMPARE(log.highWatermark(), Offset(5));
        QCOMPARE(allRecords(log), expected(0, 5));
    }

    void truncateAcrossSegments() {
        PartitionLog log(segmentsOfTwoBatches());
        append(log, 3, 0);
        append(log, 3, 0);
        append(log, 3, 1);
        append(log, 3, 1);
        append(log, 3, 2);
        log.updateHighWatermark(15);
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6, 12}));
        QCOMPARE(epochs(log), QStringLiteral("0@0 1@6 2@12"));

        QCOMPARE(log.truncateTo(4), std::int64_t(11));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        QCOMPARE(log.logEndOffset(), Offset(4));
        QCOMPARE(log.highWatermark(), Offset(4));
        QCOMPARE(allRecords(log), expected(0, 4));
        QCOMPARE(epochs(log), QStringLiteral("0@0"));
        QCOMPARE(log.sizeInBytes(), 4 * kRecordBytes);
        QCOMPARE(log.sizeInBytes(), copyOf(log).sizeInBytes());
        checkSizes(log);
    }

    void truncateInsideALaterSegment() {
        PartitionLog log = fiveBatchesInThreeSegments();
        QCOMPARE(log.truncateTo(7), std::int64_t(8));
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6}));
        QCOMPARE(log.logEndOffset(), Offset(7));
        QCOMPARE(allRecords(log), expected(0, 7));
        QCOMPARE(log.segments().back().batches.size(), std::size_t(1));
        QCOMPARE(log.sizeInBytes(), 7 * kRecordBytes);
        QCOMPARE(log.sizeInBytes(), copyOf(log).sizeInBytes());
        checkSizes(log);
    }

    void truncateAtASegmentBoundary() {
        PartitionLog log(segmentsOfTwoBatches());
        append(log, 3, 0);
        append(log, 3, 0);
        append(log, 3, 1);
        append(log, 3, 1);
        QCOMPARE(log.truncateTo(6), std::int64_t(6));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        QCOMPARE(log.logEndOffset(), Offset(6));
        QCOMPARE(epochs(log), QStringLiteral("0@0"));
        QCOMPARE(log.sizeInBytes(), 6 * kRecordBytes);
        checkSizes(log);
        append(log, 3, 2);
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6}));
        QCOMPARE(allRecords(log), expected(0, 9));
    }

    void truncateEverything() {
        PartitionLog log = fiveBatchesInThreeSegments();
        QCOMPARE(log.truncateTo(0), std::int64_t(15));
        QCOMPARE(log.logEndOffset(), Offset(0));
        QCOMPARE(log.sizeInBytes(), std::int64_t(0));
        QCOMPARE(log.epochs().size(), std::size_t(0));
        QVERIFY(log.read(0, SIZE_MAX).empty());
        QVERIFY(log.segments().size() <= 1);
        append(log, 3, 4);
        QCOMPARE(allRecords(log), expected(0, 3));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        QCOMPARE(epochs(log), QStringLiteral("4@0"));
        checkSizes(log);
    }

    void segmentRollsBySegmentBytes() {
        LogConfig config;
        config.segmentBytes = 5 * kRecordBytes;
        PartitionLog log(config);
        append(log, 2, 0);
        append(log, 2, 0);
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        append(log, 2, 0);
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 4}));
        QCOMPARE(log.segments()[0].sizeBytes, 4 * kRecordBytes);
        QCOMPARE(log.segments()[1].sizeBytes, 2 * kRecordBytes);
        checkSizes(log);
    }

    void segmentTakesABatchThatFillsItExactly() {
        LogConfig config;
        config.segmentBytes = 4 * kRecordBytes;
        PartitionLog log(config);
        append(log, 2, 0);
        append(log, 2, 0);
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        append(log, 1, 0);
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 4}));
    }

    void batchLargerThanASegmentGetsItsOwnSegment() {
        LogConfig config;
        config.segmentBytes = 2 * kRecordBytes;
        PartitionLog log(config);
        append(log, 5, 0);
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        append(log, 5, 0);
        append(log, 1, 0);
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 5, 10}));
        for (const LogSegment& s : log.segments()) QVERIFY(!s.batches.empty());
        QCOMPARE(allRecords(log), expected(0, 11));
    }

    void segmentRollsBySegmentMs() {
        LogConfig config;
        config.segmentMs = 1000;
        PartitionLog log(config);
        append(log, 2, 0, millis(0));
        append(log, 2, 0, millis(500));
        append(log, 2, 0, millis(999));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        append(log, 2, 0, millis(1500));
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6}));
        QCOMPARE(log.segments()[1].firstTimestamp, millis(1500));
        append(log, 2, 0, millis(2400));
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6}));
        append(log, 2, 0, millis(2600));
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6, 10}));
        QCOMPARE(allRecords(log), expected(0, 12));
    }

    // Kafka's LogSegment.shouldRoll rolls when the time waited is greater than segment.ms, not equal.
    void segmentMsRollsOnlyOnceExceeded() {
        LogConfig config;
        config.segmentMs = 1000;
        PartitionLog log(config);
        append(log, 1, 0, millis(0));
        append(log, 1, 0, millis(1000));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        append(log, 1, 0, millis(1001));
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 2}));
    }

    void emptyActiveSegmentDoesNotRollByTime() {
        LogConfig config;
        config.segmentMs = 1000;
        PartitionLog log(config);
        append(log, 2, 0, millis(0));
        log.truncateTo(0);
        append(log, 2, 0, seconds(60));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
        QCOMPARE(log.segments()[0].firstTimestamp, seconds(60));
        append(log, 2, 0, seconds(60) + millis(500));
        QCOMPARE(segmentBases(log), (QList<qint64>{0}));
    }

    void retentionMsDeletesWholeOldSegments() {
        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = 10000;
        PartitionLog log(config);
        for (int i = 0; i < 5; ++i) append(log, 3, 0, seconds(i));
        log.updateHighWatermark(15);
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6, 12}));
        QCOMPARE(log.segments()[0].maxTimestamp, seconds(1));

        RetentionResult none = log.applyRetention(seconds(11));
        QCOMPARE(none.segmentsDeleted, 0);
        QCOMPARE(none.recordsDeleted, std::int64_t(0));
        QCOMPARE(none.newLogStartOffset, Offset(0));
        QCOMPARE(log.logStartOffset(), Offset(0));

        RetentionResult first = log.applyRetention(seconds(11) + millis(1));
        QCOMPARE(first.segmentsDeleted, 1);
        QCOMPARE(first.recordsDeleted, std::int64_t(6));
        QCOMPARE(first.newLogStartOffset, Offset(6));
        QCOMPARE(QString::fromUtf8(first.reason), QStringLiteral("retention.ms"));
        QCOMPARE(log.logStartOffset(), Offset(6));
        QCOMPARE(log.logEndOffset(), Offset(15));
        QCOMPARE(log.highWatermark(), Offset(15));
        QCOMPARE(log.recordCount(), std::int64_t(9));
        QCOMPARE(log.sizeInBytes(), 9 * kRecordBytes);
        QCOMPARE(segmentBases(log), (QList<qint64>{6, 12}));
        QCOMPARE(log.batchContaining(5), nullptr);
        QVERIFY(log.batchContaining(6));
        QCOMPARE(records(log.read(0, SIZE_MAX)), expected(6, 15));
        checkSizes(log);

        RetentionResult rest = log.applyRetention(seconds(1000));
        QCOMPARE(rest.segmentsDeleted, 1);
        QCOMPARE(rest.recordsDeleted, std::int64_t(6));
        QCOMPARE(rest.newLogStartOffset, Offset(12));
        QCOMPARE(segmentBases(log), (QList<qint64>{12}));
        QCOMPARE(allRecords(log), expected(12, 15));

        QCOMPARE(log.applyRetention(seconds(100000)).segmentsDeleted, 0);
        QCOMPARE(log.logStartOffset(), Offset(12));
        const StoredBatch next = append(log, 1, 0, seconds(100000));
        QCOMPARE(next.baseOffset, Offset(15));
    }

    void retentionNeverDeletesAtOrAboveTheHighWatermark() {
        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = 1;
        PartitionLog log = fiveBatchesInThreeSegments(config);
        const SimTime later = seconds(3600);

        log.updateHighWatermark(5);
        QCOMPARE(log.applyRetention(later).segmentsDeleted, 0);
        QCOMPARE(log.logStartOffset(), Offset(0));

        log.updateHighWatermark(6);
        QCOMPARE(log.applyRetention(later).segmentsDeleted, 1);
        QCOMPARE(log.logStartOffset(), Offset(6));

        log.updateHighWatermark(11);
        QCOMPARE(log.applyRetention(later).segmentsDeleted, 0);
        QCOMPARE(log.logStartOffset(), Offset(6));

        log.updateHighWatermark(15);
        QCOMPARE(log.applyRetention(later).segmentsDeleted, 1);
        QCOMPARE(log.logStartOffset(), Offset(12));
        QCOMPARE(segmentBases(log), (QList<qint64>{12}));
        QCOMPARE(log.highWatermark(), Offset(15));
        QCOMPARE(allRecords(log), expected(12, 15));
    }

    void retentionBytesDeletesOldestSegmentsWhileTooLarge() {
        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = -1;
        config.retentionBytes = 9 * kRecordBytes + 1;
        PartitionLog log = fiveBatchesInThreeSegments(config);
        log.updateHighWatermark(15);
        QCOMPARE(log.applyRetention(seconds(100000)).segmentsDeleted, 0);

        config.retentionBytes = 9 * kRecordBytes;
        log.setConfig(config);
        RetentionResult result = log.applyRetention(0);
        QCOMPARE(result.segmentsDeleted, 1);
        QCOMPARE(result.recordsDeleted, std::int64_t(6));
        QCOMPARE(result.newLogStartOffset, Offset(6));
        QCOMPARE(QString::fromUtf8(result.reason), QStringLiteral("retention.bytes"));
        QCOMPARE(log.sizeInBytes(), 9 * kRecordBytes);
        QCOMPARE(log.applyRetention(0).segmentsDeleted, 0);

        config.retentionBytes = 0;
        log.setConfig(config);
        result = log.applyRetention(0);
        QCOMPARE(result.segmentsDeleted, 1);
        QCOMPARE(result.newLogStartOffset, Offset(12));
        QCOMPARE(segmentBases(log), (QList<qint64>{12}));
        QCOMPARE(log.sizeInBytes(), 3 * kRecordBytes);
        checkSizes(log);
    }

    void noRetentionLimitsKeepEverything() {
        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = -1;
        config.retentionBytes = -1;
        PartitionLog log = fiveBatchesInThreeSegments(config);
        log.updateHighWatermark(15);
        const RetentionResult result = log.applyRetention(seconds(1000000));
        QCOMPARE(result.segmentsDeleted, 0);
        QCOMPARE(result.newLogStartOffset, Offset(0));
        QCOMPARE(segmentBases(log), (QList<qint64>{0, 6, 12}));
    }

    // Kafka's LeaderEpochFileCache.truncateFromStart: entries starting at or below the new log start
    // go, and the last of them stays with the log start as its start offset.
    void retentionTrimsTheEpochCache() {
        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = 1;
        PartitionLog log(config);
        append(log, 3, 0);
        append(log, 3, 1);
        append(log, 3, 1);
        append(log, 3, 2);
        append(log, 3, 2);
        QCOMPARE(epochs(log), QStringLiteral("0@0 1@3 2@9"));

        log.updateHighWatermark(6);
        log.applyRetention(seconds(10));
        QCOMPARE(log.logStartOffset(), Offset(6));
        QCOMPARE(epochs(log), QStringLiteral("1@6 2@9"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(1)), QStringLiteral("1@9"));

        log.updateHighWatermark(15);
        log.applyRetention(seconds(10));
        QCOMPARE(log.logStartOffset(), Offset(12));
        QCOMPARE(epochs(log), QStringLiteral("2@12"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(2)), QStringLiteral("2@15"));
    }

    void retentionAtAnEpochBoundaryDropsTheOlderEpoch() {
        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = 1;
        PartitionLog log(config);
        append(log, 3, 0);
        append(log, 3, 0);
        append(log, 3, 1);
        append(log, 3, 1);
        append(log, 3, 1);
        log.updateHighWatermark(6);
        log.applyRetention(seconds(10));
        QCOMPARE(log.logStartOffset(), Offset(6));
        QCOMPARE(epochs(log), QStringLiteral("1@6"));
        log.updateHighWatermark(15);
        log.applyRetention(seconds(10));
        QCOMPARE(log.logStartOffset(), Offset(12));
        QCOMPARE(epochs(log), QStringLiteral("1@12"));
    }

    // Kafka's LeaderEpochFileCache.endOffsetFor for epochs the cache knows.
    void endOffsetForEpoch() {
        PartitionLog log;
        append(log, 3, 2);
        append(log, 2, 2);
        append(log, 3, 4);
        append(log, 2, 7);
        QCOMPARE(epochs(log), QStringLiteral("2@0 4@5 7@8"));
        QCOMPARE(log.logEndOffset(), Offset(10));

        QCOMPARE(endOffset(log.endOffsetForEpoch(7)), QStringLiteral("7@10"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(6)), QStringLiteral("4@8"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(5)), QStringLiteral("4@8"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(4)), QStringLiteral("4@8"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(3)), QStringLiteral("2@5"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(2)), QStringLiteral("2@5"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(-1)), QStringLiteral("-1@-1"));

        append(log, 4, 7);
        QCOMPARE(endOffset(log.endOffsetForEpoch(7)), QStringLiteral("7@14"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(6)), QStringLiteral("4@8"));
    }

    void endOffsetForEpochOfAnEmptyCache() {
        PartitionLog log;
        QCOMPARE(endOffset(log.endOffsetForEpoch(-1)), QStringLiteral("-1@-1"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(0)), QStringLiteral("-1@-1"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(3)), QStringLiteral("-1@-1"));
    }

    // Kafka's endOffsetFor below the first known epoch answers the requested epoch with the first
    // epoch's start offset: that history was deleted, so the follower replicates from there.
    void endOffsetForEpochBelowTheFirstEpoch() {
        PartitionLog log;
        append(log, 3, 2);
        append(log, 3, 4);
        QCOMPARE(endOffset(log.endOffsetForEpoch(1)), QStringLiteral("1@0"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(0)), QStringLiteral("0@0"));

        LogConfig config = segmentsOfTwoBatches();
        config.retentionMs = 1;
        PartitionLog trimmed(config);
        append(trimmed, 3, 1);
        append(trimmed, 3, 1);
        append(trimmed, 3, 3);
        append(trimmed, 3, 3);
        append(trimmed, 3, 3);
        trimmed.updateHighWatermark(15);
        trimmed.applyRetention(seconds(10));
        QCOMPARE(epochs(trimmed), QStringLiteral("3@12"));
        QCOMPARE(endOffset(trimmed.endOffsetForEpoch(1)), QStringLiteral("1@12"));
        QCOMPARE(endOffset(trimmed.endOffsetForEpoch(2)), QStringLiteral("2@12"));
    }

    // Kafka's endOffsetFor above the latest known epoch answers UNDEFINED_EPOCH (-1) with
    // UNDEFINED_EPOCH_OFFSET (-1).
    void endOffsetForEpochAboveTheLatestEpoch() {
        PartitionLog log;
        append(log, 3, 2);
        append(log, 3, 4);
        QCOMPARE(endOffset(log.endOffsetForEpoch(5)), QStringLiteral("-1@-1"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(9)), QStringLiteral("-1@-1"));
    }

    void assignEpochRecordsWhereANewLeaderStarts() {
        PartitionLog log;
        append(log, 5, 0);
        log.assignEpoch(3, 5);
        QCOMPARE(epochs(log), QStringLiteral("0@0 3@5"));
        QCOMPARE(log.latestEpoch(), LeaderEpoch(3));
        QCOMPARE(endOffset(log.endOffsetForEpoch(0)), QStringLiteral("0@5"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(2)), QStringLiteral("0@5"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(3)), QStringLiteral("3@5"));

        log.assignEpoch(3, 5);
        log.assignEpoch(3, 7);
        QCOMPARE(epochs(log), QStringLiteral("0@0 3@5"));

        const StoredBatch b = append(log, 2, 3);
        QCOMPARE(b.baseOffset, Offset(5));
        QCOMPARE(epochs(log), QStringLiteral("0@0 3@5"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(3)), QStringLiteral("3@7"));
    }

    void assignEpochOnAnEmptyLog() {
        PartitionLog log;
        log.assignEpoch(2, 0);
        QCOMPARE(epochs(log), QStringLiteral("2@0"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(2)), QStringLiteral("2@0"));
        append(log, 3, 2);
        QCOMPARE(epochs(log), QStringLiteral("2@0"));
        QCOMPARE(endOffset(log.endOffsetForEpoch(2)), QStringLiteral("2@3"));
    }

    void recordBatchDataRoundTrip() {
        RecordBatchData data;
        ProducerRecord full;
        full.key = std::string("user-1");
        full.value = std::string("hello\0world", 11);
        full.headers = {{"trace", "abc"}, {"", ""}, {"bin", std::string("\0\1", 2)}};
        data.append(full, 100);

        ProducerRecord nullKey;
        nullKey.value = std::string("v");
        data.append(nullKey, 200);

        ProducerRecord tombstone;
        tombstone.key = std::string("gone");
        tombstone.headers = {{"h", "x"}};
        data.append(tombstone, 300);

        ProducerRecord nothing;
        data.append(nothing, 400);

        ProducerRecord empties;
        empties.key = std::string();
        empties.value = std::string();
        data.append(empties, 500);

        QCOMPARE(data.size(), std::size_t(5));

        QCOMPARE(data.key(0), std::optional<std::string_view>("user-1"));
        QCOMPARE(data.value(0), std::optional<std::string_view>(std::string_view("hello\0world", 11)));
        const auto headers = data.headers(0);
        QCOMPARE(headers.size(), std::size_t(3));
        QCOMPARE(headers[0].key, std::string("trace"));
        QCOMPARE(headers[0].value, std::string("abc"));
        QCOMPARE(headers[1].key, std::string());
        QCOMPARE(headers[1].value, std::string());
        QCOMPARE(headers[2].key, std::string("bin"));
        QCOMPARE(headers[2].value, std::string("\0\1", 2));
        QCOMPARE(data.timestamp(0), SimTime(100));

        QVERIFY(!data.key(1).has_value());
        QCOMPARE(data.value(1), std::optional<std::string_view>("v"));
        QVERIFY(data.headers(1).empty());
        QCOMPARE(data.timestamp(1), SimTime(200));

        QCOMPARE(data.key(2), std::optional<std::string_view>("gone"));
        QVERIFY(!data.value(2).has_value());
        QCOMPARE(data.headers(2).size(), std::size_t(1));
        QCOMPARE(data.headers(2)[0].key, std::string("h"));
        QCOMPARE(data.headers(2)[0].value, std::string("x"));

        QVERIFY(!data.key(3).has_value());
        QVERIFY(!data.value(3).has_value());
        QVERIFY(data.headers(3).empty());

        QVERIFY(data.key(4).has_value());
        QVERIFY(data.key(4)->empty());
        QVERIFY(data.value(4).has_value());
        QVERIFY(data.value(4)->empty());
        QCOMPARE(data.timestamp(4), SimTime(500));

        const std::size_t overhead = RecordBatchData::kRecordOverheadBytes;
        QCOMPARE(data.recordBytes(0), 6 + 11 + (4 + 5 + 4 + 3) + (4 + 0 + 4 + 0) + (4 + 3 + 4 + 2) + overhead);
        QCOMPARE(data.recordBytes(1), 1 + overhead);
        QCOMPARE(data.recordBytes(2), 4 + (4 + 1 + 4 + 1) + overhead);
        QCOMPARE(data.recordBytes(3), overhead);
        QCOMPARE(data.recordBytes(4), overhead);
        std::size_t total = 0;
        for (std::size_t i = 0; i < data.size(); ++i) total += data.recordBytes(i);
        QCOMPARE(data.sizeInBytes(), total);
    }

    void storedBatchSlicesByOffset() {
        auto data = std::make_shared<RecordBatchData>();
        for (int i = 0; i < 5; ++i) {
            ProducerRecord r;
            r.value = std::string(static_cast<std::size_t>(i + 1), 'x');
            data->append(r, 0);
        }
        StoredBatch batch;
        batch.baseOffset = 10;
        batch.leaderEpoch = 3;
        batch.count = 5;
        batch.data = data;
        QCOMPARE(batch.lastOffset(), Offset(14));
        QCOMPARE(batch.nextOffset(), Offset(15));
        QCOMPARE(batch.sizeInBytes(), data->sizeInBytes());

        const StoredBatch middle = batch.slice(11, 13);
        QCOMPARE(middle.baseOffset, Offset(11));
        QCOMPARE(middle.first, 1u);
        QCOMPARE(middle.count, 2u);
        QCOMPARE(middle.leaderEpoch, LeaderEpoch(3));
        QCOMPARE(middle.data->value(middle.first), std::optional<std::string_view>("xx"));
        QCOMPARE(middle.sizeInBytes(), data->recordBytes(1) + data->recordBytes(2));

        const StoredBatch ofMiddle = middle.slice(12, 100);
        QCOMPARE(ofMiddle.baseOffset, Offset(12));
        QCOMPARE(ofMiddle.first, 2u);
        QCOMPARE(ofMiddle.count, 1u);

        const StoredBatch whole = batch.slice(0, 100);
        QCOMPARE(whole.baseOffset, Offset(10));
        QCOMPARE(whole.first, 0u);
        QCOMPARE(whole.count, 5u);

        QCOMPARE(batch.slice(20, 30).count, 0u);
        QCOMPARE(batch.slice(13, 13).count, 0u);
        QCOMPARE(batch.slice(10, 12).sizeInBytes() + batch.slice(12, 15).sizeInBytes(), batch.sizeInBytes());
    }
};

QTEST_APPLESS_MAIN(TestPartitionLog)
#include "test_partition_log.moc"
