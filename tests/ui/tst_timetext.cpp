// SPDX-License-Identifier: Apache-2.0
// Dates and times show their seconds in every language, written by one function (dateTimeText)
// for the details panel, the secrets table and the stage board: zh_CN's short format, like
// en_US's, stops at the minute on its own.
#include "ui/detailspanel.h"
#include "ui/secretrowdelegate.h"
#include "ui/stageboardview.h"
#include "ui/stagechipdelegate.h"
#include "ui/timetext.h"

#include <QDateTime>
#include <QTest>

using namespace keystage::ui;

class TestTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_default = QLocale(); }
    void cleanup() { QLocale::setDefault(m_default); }

    void secondsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("12/28/26 10:58:07 PM");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("2026/12/28 22:58:07");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("28/12/2026 22:58:07");
        QTest::newRow("fi_FI") << QStringLiteral("fi_FI") << QStringLiteral("28.12.2026 22.58.07");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("28 Dec 2026 22:58:07");
    }

    void secondsInEveryLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QDateTime when(QDate(2026, 12, 28), QTime(22, 58, 7));
        QCOMPARE(dateTimeText(when), expected);
        QCOMPARE(dateTimeText(when.toMSecsSinceEpoch()), expected);
        QCOMPARE(dateTimeText(qint64(0)), QString()); // not set
    }

    // The details, the secrets table and the board say the same, seconds included.
    void detailsTableAndBoardAgree_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en_US") << QStringLiteral("en_US");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void detailsTableAndBoardAgree()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 59));
        const QString expected = dateTimeText(when);
        QVERIFY2(expected.contains(QStringLiteral("06:59")), qPrintable(expected));

        QCOMPARE(DetailsPanel::formatTime(when.toMSecsSinceEpoch()), expected);
        SecretRowDelegate table;
        QCOMPARE(table.displayText(when, QLocale()), expected);
        StageBoardView board;
        auto *chips = qobject_cast<StageChipDelegate *>(board.itemDelegate());
        QVERIFY(chips);
        QCOMPARE(chips->displayText(when, QLocale()), expected);
        // Anything else is left to Qt.
        QCOMPARE(table.displayText(QStringLiteral("v1"), QLocale()), QStringLiteral("v1"));
        QCOMPARE(chips->displayText(42, QLocale()), QLocale().toString(42));
    }

private:
    QLocale m_default;
};

QTEST_MAIN(TestTimeText)
#include "tst_timetext.moc"
