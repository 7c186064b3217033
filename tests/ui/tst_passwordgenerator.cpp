// SPDX-License-Identifier: Apache-2.0
// PasswordGenerator (Generate… in New version and New secret) against a real csms-local: the
// options dialog's length and character set reach the service, the generated password lands in
// the value editor hidden behind a mask, appears in no widget text, tooltip, accessible text,
// model role or log line, shows only on Show, and is the value the version is created with.
#include "core/model/activitymodel.h"
#include "ui/newsecretdialog.h"
#include "ui/newversiondialog.h"
#include "ui/password/passwordgenerator.h"
#include "ui/secretvalueedit.h"
#include "uisandbox.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::PasswordGenerator;
using keystage::ui::PasswordOptionsDialog;
using keystage::ui::SecretValueEdit;

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_passwordgenerator"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("db"), QStringLiteral("one")));
    }

    void generatedValueLandsMaskedInNewVersion()
    {
        ActivityModel activity;
        QObject::connect(m_client.get(), &CsmsClient::callFinished, &activity,
                         &ActivityModel::addRecord);
        test::LogCapture logs;
        ui::NewVersionDialog dialog(m_client.get(), QStringLiteral("db"), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *generator = dialog.findChild<PasswordGenerator *>();
        QVERIFY(generator);
        SecretValueEdit *editor = dialog.valueEdit();
        QVERIFY(editor->isVisible());
        QSignalSpy opened(generator, &PasswordGenerator::optionsOpened);
        QSignalSpy generated(generator, &PasswordGenerator::generated);
        QTest::mouseClick(generator->generateButton(), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto *options = opened.at(0).at(0).value<PasswordOptionsDialog *>();
        options->lengthBox()->setValue(24);
        options->punctuationBox()->setChecked(false);
        options->eachTypeBox()->setChecked(true);
        QVERIFY2(options->generateButton()->isEnabled(), qPrintable(options->problem()));
        QTest::mouseClick(options->generateButton(), Qt::LeftButton);
        QVERIFY(generated.wait(10000));
        QCOMPARE(generated.at(0).at(0).toInt(), 24);

        QString password = editor->value();
        QCOMPARE(password.size(), 24);
        static const QRegularExpression alnum(QStringLiteral("^[a-zA-Z0-9]{24}$"));
        QVERIFY(alnum.match(password).hasMatch());
        // Masked: the editor is hidden, the mask says what it is, nothing shows the password.
        QVERIFY(generator->isMasked());
        QVERIFY(!editor->isVisible());
        QVERIFY(generator->maskLabel()->isVisible());
        QVERIFY(generator->maskLabel()->text().contains(QLatin1String("24")));
        assertNowhere(&dialog, editor, password);
        // The call is in the Activity log (inserted from the event loop), its answer is not.
        QTRY_VERIFY(activity.rowCount() >= 1);
        for (int row = 0; row < activity.rowCount(); ++row) {
            for (int column = 0; column < activity.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QVERIFY(!activity.index(row, column).data(role).toString().contains(password));
            }
        }
        QVERIFY(!test::LogCapture::contains(password));

        // Show reveals it in the editor; Hide masks it again.
        QTest::mouseClick(generator->showButton(), Qt::LeftButton);
        QVERIFY(!generator->isMasked());
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), password);
        QTest::mouseClick(generator->showButton(), Qt::LeftButton);
        QVERIFY(generator->isMasked());
        QVERIFY(!editor->isVisible());

        // Create stores exactly the generated password, and the editor is wiped.
        QVERIFY(dialog.canCreate());
        QSignalSpy created(&dialog, &ui::NewVersionDialog::versionCreated);
        dialog.create();
        QVERIFY(created.wait(10000));
        const QString versionId = created.at(0).at(1).toString();
        ApiResult<Version> stored
                = test::await(m_client->showVersion(QStringLiteral("db"), versionId));
        QVERIFY(stored.ok());
        QCOMPARE(*stored->secretString, password);
        stored.value().wipe();
        QVERIFY(editor->isEmpty());
        QVERIFY(!test::LogCapture::contains(password));
        SecretValueEdit::wipeString(password);
    }

    void newSecretOffersItToo()
    {
        ui::NewSecretDialog dialog(m_client.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *generator = dialog.findChild<PasswordGenerator *>();
        QVERIFY(generator);
        QSignalSpy generated(generator, &PasswordGenerator::generated);
        PasswordRequest digits;
        digits.length = 40;
        digits.excludeLowercase = digits.excludeUppercase = digits.excludePunctuation = true;
        generator->generate(digits);
        QVERIFY(generated.wait(10000));
        auto *editor = dialog.findChild<SecretValueEdit *>();
        QString value = editor->value();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{40}$")).match(value).hasMatch());
        QVERIFY(!editor->isVisible());
        assertNowhere(&dialog, editor, value);
        SecretValueEdit::wipeString(value);
    }

    void optionsSayWhatIsWrong()
    {
        PasswordOptionsDialog options;
        for (QCheckBox *box : {options.lowercaseBox(), options.uppercaseBox(), options.digitsBox(),
                               options.punctuationBox()})
            box->setChecked(false);
        QVERIFY(!options.generateButton()->isEnabled());
        QVERIFY(options.problem().contains(QLatin1String("at least one")));
        options.digitsBox()->setChecked(true);
        QVERIFY(options.generateButton()->isEnabled());
        QCOMPARE(options.lengthBox()->minimum(), 8);
        QCOMPARE(options.lengthBox()->maximum(), 128);
    }

    void failureAndNoConnectionAreSaid()
    {
        SecretValueEdit editor;
        PasswordGenerator offline(&editor, []() -> CsmsClient * { return nullptr; });
        offline.generate({});
        QVERIFY(offline.statusLabel()->text().contains(QLatin1String("Not connected")));
        QVERIFY(editor.isEmpty());

        PasswordGenerator online(&editor, [this]() { return m_client.get(); });
        QSignalSpy failed(&online, &PasswordGenerator::failed);
        PasswordRequest impossible;
        impossible.length = 8;
        impossible.excludeCharacters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        impossible.excludeUppercase = impossible.excludeNumbers = impossible.excludePunctuation
                = true;
        online.generate(impossible);
        QVERIFY(failed.wait(10000));
        QVERIFY(online.statusLabel()->text().contains(QLatin1String("No password")));
        QVERIFY(editor.isEmpty());
    }

private:
    // No widget of the dialog other than the editor holds the password in a text, tooltip,
    // accessible text or status tip.
    static void assertNowhere(QWidget *dialog, QWidget *editor, const QString &password)
    {
        const auto check = [&](const QString &text, const QObject *where) {
            QVERIFY2(!text.contains(password), qPrintable(where->objectName()));
        };
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (w == editor || editor->isAncestorOf(w))
                continue;
            check(w->toolTip(), w);
            check(w->accessibleName(), w);
            check(w->accessibleDescription(), w);
            check(w->statusTip(), w);
            check(w->whatsThis(), w);
            if (auto *label = qobject_cast<QLabel *>(w))
                check(label->text(), w);
            if (auto *line = qobject_cast<QLineEdit *>(w))
                check(line->text(), w);
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(button->text(), w);
        }
        check(dialog->windowTitle(), dialog);
    }

    QTemporaryDir m_settingsDir;
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestPasswordGenerator)
#include "tst_passwordgenerator.moc"
