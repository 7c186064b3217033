// SPDX-License-Identifier: Apache-2.0
// The secrets table's filter, sort and selection on a real csms-local: the tag and state filters
// beside the name filter, the Tags column from the header menu, the sort order kept per profile,
// the selection kept when the filter is cleared, and a secret created under a filter that would
// hide it selected with the filter cleared and a notice.
#include "core/model/secretlistmodel.h"
#include "core/sandbox/sandboxprofile.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/newsecretdialog.h"
#include "ui/secretrowdelegate.h"
#include "ui/secrets/secretfilterbar.h"
#include "ui/secretvalueedit.h"
#include "uisandbox.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::NewSecretDialog;

namespace {
QStringList shownNames(QTableView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, 0).data(SecretListModel::NameRole).toString();
    return names;
}

QStringList selectedNames(QTableView *view)
{
    QStringList names;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        names << index.data(SecretListModel::NameRole).toString();
    names.sort();
    return names;
}
} // namespace

// The style's own painting of a cell, with the table's options (the reference for the kept
// texts).
class StyleDrawn : public keystage::ui::SecretRowDelegate
{
public:
    using SecretRowDelegate::SecretRowDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
    }
};

class TestSecretListView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_secretlistview"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = client(QStringLiteral("profile-a"));
        for (const QString &name : {QStringLiteral("alpha-db"), QStringLiteral("beta-api"),
                                    QStringLiteral("gamma-db"), QStringLiteral("delta-key")}) {
            QVERIFY(test::createSecret(m_client.get(), name, QStringLiteral("value")));
        }
        const auto gamma = test::await(m_client->showSecret(QStringLiteral("gamma-db")));
        QVERIFY(gamma.ok());
        QVERIFY(test::await(m_client->createTag(gamma->id,
                                                Tag{QStringLiteral("team"), QStringLiteral("pay")}))
                        .ok());
        QVERIFY(test::await(m_client->scheduleDeletion(QStringLiteral("delta-key"), 7)).ok());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->setClient(nullptr);
        m_window.reset();
    }

    // Issue 18: the table's texts are shaped once and kept; a repaint shapes nothing again, and
    // what it paints is, pixel for pixel, what the style paints (elided names, the selected row,
    // the greyed italic row of a secret pending deletion, dates).
    void keptTextsPaintAsTheStyle()
    {
        m_window->setClient(m_client.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        view->selectRow(1);
        view->setColumnWidth(SecretListModel::NameColumn, 50); // names elided
        auto *kept = qobject_cast<ui::SecretRowDelegate *>(view->itemDelegate());
        QVERIFY(kept);
        const QImage first = view->viewport()->grab().toImage();
        const int shaped = kept->keptTexts();
        QVERIFY(shaped >= 4);
        QCOMPARE(view->viewport()->grab().toImage(), first);
        QCOMPARE(kept->keptTexts(), shaped); // nothing shaped again
        StyleDrawn style(view);
        view->setItemDelegate(&style);
        const QImage styled = view->viewport()->grab().toImage();
        view->setItemDelegate(kept);
        QCOMPARE(first, styled);
        // A wider column: the whole names, shaped once more.
        view->setColumnWidth(SecretListModel::NameColumn, 200);
        const QImage wide = view->viewport()->grab().toImage();
        QVERIFY(kept->keptTexts() > shaped);
        view->setItemDelegate(&style);
        QCOMPARE(wide, view->viewport()->grab().toImage());
        view->setItemDelegate(kept);
        // The focused cell: the style draws its focus frame after the text, over it.
        m_window->activateWindow();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QImage focused = view->viewport()->grab().toImage();
        view->setItemDelegate(&style);
        QCOMPARE(focused, view->viewport()->grab().toImage());
        view->setItemDelegate(kept);
    }

    void tagAndStateFilters()
    {
        m_window->setClient(m_client.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        ui::SecretFilterBar *bar = m_window->filterBar();
        // The project's tags are offered in the tag box.
        QTRY_VERIFY(bar->tagBox()->findText(QStringLiteral("team=pay")) >= 0);
        bar->tagBox()->setEditText(QStringLiteral("team=pay"));
        QTest::keyClick(bar->tagBox()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(shownNames(view), QStringList{QStringLiteral("gamma-db")});
        // The Tags column, hidden at first, comes from the header menu and shows what the
        // search read.
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(header->isSectionHidden(SecretListModel::TagsColumn));
        auto *show = header->findChild<QAction *>(
                QStringLiteral("showColumn%1").arg(int(SecretListModel::TagsColumn)));
        QVERIFY(show);
        show->trigger();
        QVERIFY(!header->isSectionHidden(SecretListModel::TagsColumn));
        QCOMPARE(view->model()->index(0, SecretListModel::TagsColumn).data().toString(),
                 QStringLiteral("team=pay"));
        // The state: filtered on the client, and the box says so.
        bar->tagBox()->lineEdit()->clear();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QVERIFY(bar->stateBox()->toolTip().contains(QStringLiteral("cannot")));
        bar->stateBox()->setCurrentIndex(
                bar->stateBox()->findData(QStringLiteral("PENDING_DELETE")));
        QTRY_COMPARE(shownNames(view), QStringList{QStringLiteral("delta-key")});
        bar->stateBox()->setCurrentIndex(0);
        QTRY_COMPARE(view->model()->rowCount(), 4);
    }

    // Pages whose rows the state filter hides do not stop the listing: the view asks for more
    // only when rows arrive.
    void stateFilterReadsOnPastHiddenPages()
    {
        auto paged = client(QStringLiteral("profile-paged"), 1);
        ui::SecretFilterBar *bar = m_window->filterBar();
        bar->setState(QStringLiteral("PENDING_DELETE"));
        m_window->setClient(paged.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(shownNames(view), QStringList{QStringLiteral("delta-key")});
        QVERIFY(m_window->secretsModel()->loadedCount() < 5);
        m_window->setClient(nullptr);
        bar->setState(QString());
    }

    void sortIsKeptPerProfile()
    {
        auto other = client(QStringLiteral("profile-b"));
        m_window->setClient(m_client.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        view->sortByColumn(SecretListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(shownNames(view).constFirst(), QStringLiteral("gamma-db"));

        m_window->setClient(other.get());
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), -1); // b has none of its own
        view->sortByColumn(SecretListModel::NameColumn, Qt::AscendingOrder);

        m_window->setClient(m_client.get());
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(),
                 int(SecretListModel::NameColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(shownNames(view).constFirst(), QStringLiteral("gamma-db"));
        m_window->setClient(other.get());
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownNames(view).constFirst(), QStringLiteral("alpha-db"));
        m_window->setClient(nullptr);
        // Keyed by the profile id: no secret in the settings.
        QSettings settings;
        const QString saved = settings.value(QStringLiteral("secretsSort/profile-a")).toString();
        QCOMPARE(saved, QStringLiteral("%1 desc").arg(int(SecretListModel::NameColumn)));
        settings.remove(QStringLiteral("secretsSort"));
    }

    void selectionIsKeptWhenTheFilterIsCleared()
    {
        m_window->setClient(m_client.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QLineEdit *filter = m_window->filterEdit();
        filter->setText(QStringLiteral("db"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTRY_VERIFY(!m_window->secretsModel()->isLoading());
        view->selectAll();
        QCOMPARE(selectedNames(view),
                 (QStringList{QStringLiteral("alpha-db"), QStringLiteral("gamma-db")}));
        auto *clear = filter->findChild<QAction *>(QStringLiteral("clearFilterAction"));
        QVERIFY(clear);
        clear->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(selectedNames(view),
                 (QStringList{QStringLiteral("alpha-db"), QStringLiteral("gamma-db")}));
    }

    void newSecretUnderAHidingFilterIsSelected()
    {
        m_window->setClient(m_client.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        m_window->filterBar()->stateBox()->setCurrentIndex(
                m_window->filterBar()->stateBox()->findData(QStringLiteral("PENDING_DELETE")));
        QTRY_COMPARE(view->model()->rowCount(), 1);

        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newSecretAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<NewSecretDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("epsilon-new"));
        dialog->valueEdit()->setPlainText(QStringLiteral("new-value"));
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(created.wait());
        QTRY_COMPARE(m_window->currentSecretName(), QStringLiteral("epsilon-new"));
        QCOMPARE(selectedNames(view), QStringList{QStringLiteral("epsilon-new")});
        QCOMPARE(m_window->filterBar()->state(), QString());
        QVERIFY(!m_window->secretsModel()->hasFilter());
        QCOMPARE(m_window->banner()->level(), ui::MessageBanner::Level::Info);
        QVERIFY2(m_window->banner()->headline().contains(QStringLiteral("cleared")),
                 qPrintable(m_window->banner()->headline()));
        QVERIFY(test::await(m_client->deleteSecret(QStringLiteral("epsilon-new"))).ok());
    }

    void newSecretMatchingTheFilterKeepsIt()
    {
        m_window->setClient(m_client.get());
        QTableView *view = m_window->secretsView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        m_window->filterEdit()->setText(QStringLiteral("zeta"));
        QTest::keyClick(m_window->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QTRY_VERIFY(!m_window->secretsModel()->isLoading());

        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newSecretAction()->trigger();
        auto *dialog = qobject_cast<NewSecretDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("zeta-new"));
        dialog->valueEdit()->setPlainText(QStringLiteral("new-value"));
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(created.wait());
        QTRY_COMPARE(m_window->currentSecretName(), QStringLiteral("zeta-new"));
        QCOMPARE(m_window->filterEdit()->text(), QStringLiteral("zeta"));
        QCOMPARE(shownNames(view), QStringList{QStringLiteral("zeta-new")});
        QVERIFY(test::await(m_client->deleteSecret(QStringLiteral("zeta-new"))).ok());
    }

private:
    std::unique_ptr<CsmsClient> client(const QString &profileId, int pageSize = 0)
    {
        Profile profile = ui::SandboxProfile::profile(m_server.baseUrl());
        profile.id = profileId;
        if (pageSize > 0)
            profile.pageSize = pageSize;
        return std::make_unique<CsmsClient>(&m_nam, profile, ui::SandboxProfile::credentials());
    }

    QTemporaryDir m_settingsDir;
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSecretListView)
#include "tst_secretlistview.moc"
