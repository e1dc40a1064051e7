// The default partitioner for keyed records: murmur2 exactly as Kafka's Utils.murmur2, made positive
// as Utils.toPositive, modulo the partition count.
#include <QtTest>

#include <climits>
#include <string>

#include "client/partitioner.h"

using namespace ks;

class TestPartitioner : public QObject {
    Q_OBJECT

private slots:
    // The vectors of Kafka's UtilsTest.testMurmur2.
    void murmur2MatchesKafkaTestVectors_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("hash");
        QTest::newRow("21") << QByteArray("21") << -973932308;
        QTest::newRow("foobar") << QByteArray("foobar") << -790332482;
        QTest::newRow("a-little-bit-long-string") << QByteArray("a-little-bit-long-string") << -985981536;
        QTest::newRow("a-little-bit-longer-string") << QByteArray("a-little-bit-longer-string") << -1486304829;
        QTest::newRow("lkjh234...") << QByteArray("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8") << -58897971;
        QTest::newRow("abc") << QByteArray("abc") << 479470107;
    }
    void murmur2MatchesKafkaTestVectors() {
        QFETCH(QByteArray, key);
        QFETCH(int, hash);
        QCOMPARE(murmur2(std::string_view(key.constData(), static_cast<std::size_t>(key.size()))), hash);
    }

    // Values from an independent implementation of Kafka's murmur2 that reproduces the vectors above:
    // the empty key, and bytes with the high bit set (Java masks each byte with 0xff), in the
    // four-byte blocks and in the tail.
    void murmur2OfEmptyAndHighBitBytes() {
        QCOMPARE(murmur2(std::string_view()), 275646681);
        QCOMPARE(murmur2(std::string_view("\xff\xfe\x80", 3)), -160726397);
        QCOMPARE(murmur2(std::string_view("\x80\x81\x82\x83\xff", 5)), 59675667);
        QCOMPARE(murmur2(std::string_view("k\xe9y", 3)), -1851321573);
    }

    void murmur2ReadsEveryByte() {
        const std::string key("ab\0d", 4);
        QCOMPARE(key.size(), std::size_t(4));
        QVERIFY(murmur2(key) != murmur2(std::string_view("ab", 2)));
        QVERIFY(murmur2(key) != murmur2(std::string("ab\0e", 4)));
    }

    void toPositiveClearsTheSignBitOnly() {
        QCOMPARE(toPositive(0), 0);
        QCOMPARE(toPositive(5), 5);
        QCOMPARE(toPositive(INT_MAX), INT_MAX);
        QCOMPARE(toPositive(-1), INT_MAX);
        QCOMPARE(toPositive(INT_MIN), 0);
        QCOMPARE(toPositive(-973932308), 1173551340);
        QCOMPARE(toPositive(-790332482), 1357151166);
    }

    void partitionForKeyIsPositiveHashModuloCount() {
        QCOMPARE(partitionForKey("21", 100), 40);
        QCOMPARE(partitionForKey("21", 7), 3);
        QCOMPARE(partitionForKey("foobar", 100), 66);
        QCOMPARE(partitionForKey("a-little-bit-long-string", 3), 2);
        QCOMPARE(partitionForKey("abc", 7), 4);
        QCOMPARE(partitionForKey("", 100), 81);
        QCOMPARE(partitionForKey("anything", 1), 0);
    }

    void partitionForKeyStaysInRange() {
        for (int partitions : {1, 2, 3, 6, 7, 64, 1000}) {
            QVector<int> hits(partitions, 0);
            for (int i = 0; i < 5000; ++i) {
                const std::string key = "key-" + std::to_string(i * 7919);
                const int p = partitionForKey(key, partitions);
                QVERIFY2(p >= 0 && p < partitions, qPrintable(QStringLiteral("%1 -> %2 of %3")
                                                                   .arg(QString::fromStdString(key))
                                                                   .arg(p)
                                                                   .arg(partitions)));
                ++hits[p];
            }
            if (partitions > 64) continue;
            for (int p = 0; p < partitions; ++p)
                QVERIFY2(hits[p] > 0, qPrintable(QStringLiteral("partition %1 of %2").arg(p).arg(partitions)));
        }
    }
};

QTEST_APPLESS_MAIN(TestPartitioner)
#include "test_partitioner.moc"
