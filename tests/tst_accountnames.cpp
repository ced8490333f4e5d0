#include "planning/AccountNames.h"

#include <QTest>

// The next connection account's name follows the site's own numbering (Q237759).
class TestAccountNames : public QObject
{
    Q_OBJECT
private slots:
    void next_data()
    {
        QTest::addColumn<QStringList>("site");
        QTest::addColumn<QStringList>("others");
        QTest::addColumn<QString>("siteCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keeps the padding")
            << QStringList {"SMSClient_00001", "SMSClient_00002"} << QStringList {} << QString() << "SMSClient_00003";
        QTest::newRow("the unnumbered first name does not set the pattern")
            << QStringList {"SMSClient_CEN", "SMSClient_00001"} << QStringList {} << "CEN"
            << "SMSClient_00002";
        // The demo: CEN numbers its accounts, and NOR already holds SMSClient_00002 in the same domain.
        QTest::newRow("another site's number is taken") << QStringList {"SMSClient_CEN", "SMSClient_00001"}
                                                        << QStringList {"SMSClient_NOR", "SMSClient_00002"} << "CEN"
                                                        << "SMSClient_00003";
        QTest::newRow("a gap is not filled")
            << QStringList {"SMSClient_00001", "SMSClient_00004"} << QStringList {} << QString() << "SMSClient_00005";
        QTest::newRow("removed accounts count")
            << QStringList {"SMSClient_007", "SMSClient_009"} << QStringList {} << QString() << "SMSClient_010";
        QTest::newRow("the padding grows past its width")
            << QStringList {"acct_98", "acct_99"} << QStringList {} << QString() << "acct_100";
        QTest::newRow("case: one pattern, spelled as the highest")
            << QStringList {"smsclient_00001", "SMSCLIENT_00002"} << QStringList {"SmsClient_00003"} << QString()
            << "SMSCLIENT_00004";
        QTest::newRow("the site's most used pattern wins")
            << QStringList {"SMSClient_SOU2", "Svc_01", "Svc_02"} << QStringList {} << "SOU"
            << "Svc_03";
        QTest::newRow("no number: _2 appended") << QStringList {"SMSClient_LAB"} << QStringList {} << "LAB"
                                                << "SMSClient_LAB_2";
        QTest::newRow("a site code's digits are not a number")
            << QStringList {"SMSClient_TB1", "SMSClient_TB1_OLD"} << QStringList {} << "TB1"
            << "SMSClient_TB1_2";
        QTest::newRow("no number, _2 taken")
            << QStringList {"SMSClient_LAB"} << QStringList {"smsclient_lab_2"} << "LAB"
            << "SMSClient_LAB_3";
        QTest::newRow("no account at all") << QStringList {} << QStringList {} << "X"
                                           << "SMSClient_1";
        QTest::newRow("a number too long for a counter")
            << QStringList {"A_1234567890123456789012"} << QStringList {} << QString() << "A_1234567890123456789012_2";
    }

    void next()
    {
        QFETCH(QStringList, site);
        QFETCH(QStringList, others);
        QFETCH(QString, siteCode);
        QFETCH(QString, expected);
        QCOMPARE(AccountNames::next(site, others, siteCode), expected);
    }

    void theShortForm() { QCOMPARE(nextAccountName({"SMSClient_00002"}), QStringLiteral("SMSClient_00003")); }
};

QTEST_GUILESS_MAIN(TestAccountNames)
#include "tst_accountnames.moc"
