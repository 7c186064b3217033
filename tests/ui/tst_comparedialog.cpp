// SPDX-License-Identifier: Apache-2.0
// CompareDialog against a real csms-local: nothing is fetched until Compare; JSON versions are
// compared key by key with no value in any role or widget; a changed key is revealed only on
// request, and hidden (wiped) again; text values by length and salted fingerprint; the same stage
// on two secrets; a missing version fails visibly; Secrets > Compare values opens it.
#include "core/compare/versioncompare.h"
#include "core/model/versionstagemodel.h"
#include "ui/clipboardguard.h"
#include "ui/compare/comparedialog.h"
#include "ui/mainwindow.h"
#include "ui/secretvalueedit.h"
#include "ui/stageboard.h"
#include "uisandbox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::CompareDialog;
using keystage::ui::CompareModel;

namespace {
const QString v1Value = QStringLiteral(R"({"user":"app","password":"Old-s3cret","port":5432})");
const QString v2Value = QStringLiteral(R"({"user":"app","password":"New-s3cret!","host":"db-7"})");
} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_comparedialog"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("db"), v1Value));
        CreateVersionRequest next;
        next.secretString = v2Value;
        QVERIFY(test::await(m_client->createVersion(QStringLiteral("db"), next)).ok());
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("token-a"),
                                   QStringLiteral("abc")));
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("token-b"),
                                   QStringLiteral("abcdef")));
    }

    void comparesJsonKeyByKeyMasked()
    {
        test::LogCapture logs;
        ui::ClipboardGuard clipboard;
        CompareDialog dialog(m_client.get(), &clipboard, QStringLiteral("db"),
                             {QStringLiteral("v2"), QStringLiteral("v1")}, QStringLiteral("v1"),
                             QStringLiteral("v2"));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.fetchCount(), 0); // nothing fetched until asked
        QCOMPARE(dialog.model()->rowCount(), 0);

        QSignalSpy compared(&dialog, &CompareDialog::compared);
        auto *compare = dialog.findChild<QPushButton *>(QStringLiteral("compareButton"));
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(compared.wait(10000));
        QCOMPARE(dialog.fetchCount(), 2);
        QCOMPARE(dialog.model()->rowCount(), 4); // host, password, port, user
        QVERIFY2(dialog.summary().contains(QStringLiteral("1 changed, 1 added, 1 removed, 1 "
                                                          "unchanged")),
                 qPrintable(dialog.summary()));
        assertNothingShows(&dialog);

        // Reveal is per key, and only for a key that differs.
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("compareTable"));
        auto *reveal = dialog.findChild<QPushButton *>(QStringLiteral("revealKeyButton"));
        const int user = rowOf(dialog.model(), QStringLiteral("user"));
        table->setCurrentIndex(dialog.model()->index(user, 0));
        QVERIFY(!reveal->isEnabled());
        const int password = rowOf(dialog.model(), QStringLiteral("password"));
        table->setCurrentIndex(dialog.model()->index(password, 0));
        QVERIFY(reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(dialog.isKeyRevealed());
        auto *left = dialog.findChild<ui::SecretValueEdit *>(QStringLiteral("leftKeyValue"));
        auto *right = dialog.findChild<ui::SecretValueEdit *>(QStringLiteral("rightKeyValue"));
        QCOMPARE(left->toPlainText(), QStringLiteral("Old-s3cret"));
        QCOMPARE(right->toPlainText(), QStringLiteral("New-s3cret!"));
        // Another key selected: the revealed values go.
        table->setCurrentIndex(
                dialog.model()->index(rowOf(dialog.model(), QStringLiteral("host")), 0));
        QVERIFY(!dialog.isKeyRevealed());
        QVERIFY(left->toPlainText().isEmpty());
        table->setCurrentIndex(dialog.model()->index(password, 0));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(dialog.isKeyRevealed());
        QTest::mouseClick(reveal, Qt::LeftButton); // Hide
        QVERIFY(!dialog.isKeyRevealed());
        assertNothingShows(&dialog);
        for (const QString &value : {QStringLiteral("Old-s3cret"), QStringLiteral("New-s3cret")})
            QVERIFY2(!test::LogCapture::contains(value), "a value reached a log line");
    }

    void comparesTextAndStagesOnTwoSecrets()
    {
        ui::ClipboardGuard clipboard;
        CompareDialog dialog(m_client.get(), &clipboard, QStringLiteral("token-a"), {},
                             QStringLiteral("SYSCURRENT"), QStringLiteral("SYSCURRENT"));
        dialog.findChild<QLineEdit *>(QStringLiteral("rightSecret"))
                ->setText(QStringLiteral("token-b"));
        QSignalSpy compared(&dialog, &CompareDialog::compared);
        dialog.compare();
        QVERIFY(compared.wait(10000));
        QCOMPARE(dialog.fetchCount(), 4); // each stage, then its version
        QVERIFY2(dialog.summary().contains(QStringLiteral("3 characters")),
                 qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains(QStringLiteral("6 characters")));
        QVERIFY(dialog.summary().contains(QStringLiteral("fingerprint")));
        QVERIFY(!dialog.summary().contains(QStringLiteral("abc")));
        QCOMPARE(dialog.model()->rowCount(), 0);
    }

    void aMissingVersionFailsVisibly()
    {
        ui::ClipboardGuard clipboard;
        CompareDialog dialog(m_client.get(), &clipboard, QStringLiteral("db"), {},
                             QStringLiteral("v1"), QStringLiteral("v9"));
        QSignalSpy failed(&dialog, &CompareDialog::failed);
        dialog.compare();
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog.summary().contains(QStringLiteral("v9")));
        QVERIFY(!dialog.isComparing());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
    }

    void theWindowOpensItForTheTwoNewestVersions()
    {
        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(m_client.get());
        QTRY_VERIFY(!window.currentSecretName().isEmpty());
        QTRY_VERIFY(window.stageBoard()->model()->rowCount() > 0);
        QVERIFY(window.compareAction()->isEnabled());
        QSignalSpy opened(&window, &ui::MainWindow::dialogOpened);
        window.compareAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<CompareDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->fetchCount(), 0);
        dialog->close();
        window.setClient(nullptr);
    }

private:
    static int rowOf(CompareModel *model, const QString &path)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->key(row).path == path)
                return row;
        }
        return -1;
    }

    // No value in the model's roles or in any widget text while nothing is revealed.
    static void assertNothingShows(CompareDialog *dialog)
    {
        const QStringList values{QStringLiteral("Old-s3cret"), QStringLiteral("New-s3cret"),
                                 QStringLiteral("5432"), QStringLiteral("db-7")};
        CompareModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                       int(Qt::AccessibleTextRole), int(Qt::EditRole)}) {
                    const QString text = model->index(row, column).data(role).toString();
                    for (const QString &value : values)
                        QVERIFY2(!text.contains(value), qPrintable(text));
                }
            }
        }
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            QString text = w->toolTip() + w->accessibleName();
            if (auto *label = qobject_cast<QLabel *>(w))
                text += label->text();
            if (auto *edit = qobject_cast<ui::SecretValueEdit *>(w))
                text += edit->toPlainText();
            for (const QString &value : values)
                QVERIFY2(!text.contains(value), qPrintable(text));
        }
    }

    QTemporaryDir m_settingsDir;
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
