// SPDX-License-Identifier: Apache-2.0
#include "ui/metadata/expirycontroller.h"

#include "core/admin/secretadmin.h"
#include "core/model/versionstagemodel.h"
#include "ui/metadata/admincommand.h"
#include "ui/palettetones.h"
#include "ui/profiles/productionguard.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMenu>
#include <QUndoStack>

namespace keystage::ui {

// ---- ExpiryDelegate ----

ExpiryDelegate::ExpiryDelegate(QStyledItemDelegate *base, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_base(base)
{}

bool ExpiryDelegate::isExpired(const QDateTime &expiry, const QDateTime &now)
{
    return expiry.isValid() && expiry <= now;
}

bool ExpiryDelegate::isSoon(const QDateTime &expiry, const QDateTime &now)
{
    return expiry.isValid() && expiry > now && expiry <= now.addDays(soonDays);
}

QString ExpiryDelegate::marker(const QDateTime &expiry, const QDateTime &now)
{
    if (isExpired(expiry, now))
        return tr("expired");
    if (!isSoon(expiry, now))
        return {};
    const int days = int(now.secsTo(expiry) / 86400);
    if (days == 0)
        return tr("expires today");
    if (days == 1)
        return tr("expires tomorrow");
    return tr("expires in %1 days").arg(days);
}

void ExpiryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QDateTime expiry = index.data(VersionStageModel::ExpireTimeRole).toDateTime();
    if (!expiry.isValid())
        return;
    // The time as the board formats it elsewhere, so both columns read alike.
    if (m_base)
        option->text = m_base->displayText(index.data(Qt::DisplayRole), option->locale);
    const QDateTime now = QDateTime::currentDateTime();
    const QString mark = marker(expiry, now);
    if (mark.isEmpty())
        return;
    option->text = tr("%1 (%2)").arg(option->text, mark);
    const auto tone
            = isExpired(expiry, now) ? PaletteTones::Tone::Error : PaletteTones::Tone::Warning;
    const QColor colour = PaletteTones::foreground(tone, option->palette);
    option->palette.setColor(QPalette::Text, colour);
    option->palette.setColor(QPalette::HighlightedText, colour);
    option->font.setBold(isExpired(expiry, now));
}

// ---- ExpiryDialog ----

ExpiryDialog::ExpiryDialog(const QString &secret, const QString &version, const QDateTime &current,
                           QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_none(new QCheckBox(tr("&No expiry"), this))
{
    setObjectName(QStringLiteral("expiryDialog"));
    setWindowTitle(tr("Expiry of %1 %2").arg(secret, version));
    m_edit->setObjectName(QStringLiteral("expiryEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setDateTime(current.isValid() ? current : QDateTime::currentDateTime().addDays(30));
    m_edit->setAccessibleName(tr("Expires on"));
    m_none->setObjectName(QStringLiteral("noExpiryBox"));
    m_none->setChecked(false);
    connect(m_none, &QCheckBox::toggled, m_edit, &QWidget::setDisabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Expires on:"), m_edit);
    form->addRow(m_none);
    form->addRow(buttons);
}

std::optional<qint64> ExpiryDialog::expiry() const
{
    if (m_none->isChecked())
        return std::nullopt;
    return m_edit->dateTime().toMSecsSinceEpoch();
}

// ---- ExpiryController ----

ExpiryController::ExpiryController(StageBoard *board, QUndoStack *history)
    : QObject(board)
    , m_board(board)
    , m_history(history)
{
    StageBoardView *view = board->view();
    auto *base = qobject_cast<QStyledItemDelegate *>(view->itemDelegate());
    view->setItemDelegateForColumn(VersionStageModel::ExpiresColumn,
                                   new ExpiryDelegate(base, view));
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == VersionStageModel::ExpiresColumn)
            editRow(index.row());
    });
}

ExpiryController::~ExpiryController() = default;

void ExpiryController::setClient(CsmsClient *client)
{
    m_client = client;
}

VersionStageModel *ExpiryController::model() const
{
    return m_board->model();
}

QString ExpiryController::refusal() const
{
    if (!m_client || !model())
        return tr("Not connected.");
    const QString state = model()->secretTraits().state;
    if (!state.isEmpty() && state != QLatin1String("ENABLED"))
        return tr("CSMS changes the expiry of versions of enabled secrets only; this one is %1.")
                .arg(state);
    return {};
}

void ExpiryController::addActions(QMenu *menu, int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QDateTime current
            = model()->index(row, 0).data(VersionStageModel::ExpireTimeRole).toDateTime();
    const QString why = refusal();
    menu->addSeparator();
    QAction *set = menu->addAction(tr("Set e&xpiry…"), this, [this, row]() { editRow(row); });
    set->setObjectName(QStringLiteral("setExpiryAction"));
    QAction *clear = menu->addAction(tr("C&lear expiry"), this,
                                     [this, row]() { setExpiry(row, std::nullopt); });
    clear->setObjectName(QStringLiteral("clearExpiryAction"));
    set->setEnabled(why.isEmpty());
    clear->setEnabled(why.isEmpty() && current.isValid());
    set->setToolTip(why);
    clear->setToolTip(why);
}

void ExpiryController::editRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount() || !refusal().isEmpty())
        return;
    const QModelIndex index = model()->index(row, 0);
    const QString version = index.data(VersionStageModel::VersionIdRole).toString();
    const QDateTime current = index.data(VersionStageModel::ExpireTimeRole).toDateTime();
    auto *dialog = new ExpiryDialog(m_board->secretName(), version, current, m_board);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, row, dialog]() { setExpiry(row, dialog->expiry()); });
    dialog->open();
    Q_EMIT editorOpened(dialog);
}

void ExpiryController::setExpiry(int row, std::optional<qint64> expiry)
{
    if (!model() || !m_client || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    const QString version = index.data(VersionStageModel::VersionIdRole).toString();
    const QDateTime current = index.data(VersionStageModel::ExpireTimeRole).toDateTime();
    std::optional<qint64> before;
    if (current.isValid())
        before = current.toMSecsSinceEpoch();
    const QString secret = m_board->secretName();
    const QString what = expiry ? tr("Set the expiry of %1 %2").arg(secret, version)
                                : tr("Clear the expiry of %1 %2").arg(secret, version);
    QPointer<CsmsClient> client = m_client;
    ProductionGuard::confirm(
            m_board, m_client->profile(), what, this,
            [this, client, secret, version, before, expiry, what](bool confirmed) {
                if (!confirmed || !client)
                    return;
                auto *admin = new SecretAdmin(client, this);
                admin->updateExpiry(
                        secret, version, before, expiry, this, [=](const AdminOutcome &o) {
                            admin->deleteLater();
                            if (o.written)
                                m_board->reload();
                            if (!o.ok()) {
                                Q_EMIT m_board->errorOccurred(what, *o.error);
                                if (o.isStale())
                                    m_board->reload();
                                return;
                            }
                            if (m_history && o.written) {
                                auto *command = AdminCommand::expiry(m_history, client, secret,
                                                                     version, before, expiry);
                                command->setAfterStep(m_board,
                                                      [board = m_board]() { board->reload(); });
                                m_history->push(command);
                            }
                            Q_EMIT expiryChanged(secret, version);
                        });
            });
}

} // namespace keystage::ui
