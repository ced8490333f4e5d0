#include "domain/ClientVersion.h"

#include <QTest>

class TestClientVersion : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheSpellingsThatOccur_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("major");
        QTest::addColumn<uint>("minor");
        QTest::addColumn<uint>("build");
        QTest::addColumn<uint>("revision");
        QTest::newRow("two-digit minor") << "2.00.1380.1000" << 2u << 0u << 1380u << 1000u;
        QTest::newRow("one-digit minor") << "2.0.1493.2005" << 2u << 0u << 1493u << 2005u;
        QTest::newRow("three-digit minor") << "2.000.1380.1000" << 2u << 0u << 1380u << 1000u;
        QTest::newRow("RTM") << "2.00.1239.0000" << 2u << 0u << 1239u << 0u;
    }
    void parsesTheSpellingsThatOccur()
    {
        QFETCH(QString, text);
        QFETCH(uint, major);
        QFETCH(uint, minor);
        QFETCH(uint, build);
        QFETCH(uint, revision);
        const auto v = ClientVersion::parse(text);
        QVERIFY(v);
        QCOMPARE(v->major(), major);
        QCOMPARE(v->minor(), minor);
        QCOMPARE(v->build(), build);
        QCOMPARE(v->revision(), revision);
        QCOMPARE(v->servicePack(), revision / 1000);
    }

    void rejectsAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "2.00.1380", "2.00.1380.1000.1", "2.00.13a0.1000", "2..1380.1000",
                 "-2.00.1380.1000", "2.00.1380.1000 ", "v2.00.1380.1000", "2.00.1380.99999999999", "1000.0.0.0"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsAnythingElse()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ClientVersion::parse(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void comparesAsBoot32wnDoes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        // Q262677's own examples.
        QTest::newRow("Q262677 significant") << "2.00.1380.0000"
                                             << "2.00.1999.2000"
                                             << "significant-older";
        QTest::newRow("Q262677 hotfix") << "2.00.1999.2000"
                                        << "2.00.1999.2001"
                                        << "hotfix-older";
        QTest::newRow("hotfix newer") << "2.00.1999.2001"
                                      << "2.00.1999.2000"
                                      << "hotfix-newer";
        // Q213410: the thousands digit of the revision is the service pack.
        QTest::newRow("service pack") << "2.00.1493.3000"
                                      << "2.00.1493.2009"
                                      << "significant-newer";
        QTest::newRow("ICP digit only") << "2.00.1493.2400"
                                        << "2.00.1493.2000"
                                        << "hotfix-newer";
        QTest::newRow("same spelled differently") << "2.0.1493.2005"
                                                  << "2.000.1493.2005"
                                                  << "same";
        QTest::newRow("major") << "1.00.1493.2000"
                               << "2.00.1493.2000"
                               << "significant-older";
        QTest::newRow("minor") << "2.01.1000.0000"
                               << "2.00.1999.9000"
                               << "significant-newer";
        QTest::newRow("numeric, not text") << "2.00.999.1000"
                                           << "2.00.1380.1000"
                                           << "significant-older";
    }
    void comparesAsBoot32wnDoes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        const auto va = ClientVersion::parse(a);
        const auto vb = ClientVersion::parse(b);
        QVERIFY(va && vb);
        QCOMPARE(ClientVersion::differenceName(va->compare(*vb)), expected);
        // The significance key orders exactly as the comparison does.
        const bool significant = expected.startsWith(u"significant");
        QCOMPARE(va->significanceKey() != vb->significanceKey(), significant);
        if (significant)
            QCOMPARE(va->significanceKey() < vb->significanceKey(), expected.endsWith(u"older"));
    }
};

QTEST_GUILESS_MAIN(TestClientVersion)
#include "tst_clientversion.moc"
