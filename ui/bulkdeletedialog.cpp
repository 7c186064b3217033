// SPDX-License-Identifier: Apache-2.0
#include "ui/bulkdeletedialog.h"

#include "ui/palettetones.h"
#include "ui/profiles/productionguard.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace keystage::ui {

BulkDeleteDialog::BulkDeleteDialog(CsmsClient *client, const QStringList &names, Purpose purpose,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_deleter(new BulkDeleter(client, this))
    , m_names(names)
    , m_purpose(purpose)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_startButton(new QPushButton(this))
    , m_retryButton(new QPushButton(tr("Retry failed"), this))
    , m_copyButton(new QPushButton(tr("Copy report"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("bulkDeleteDialog"));
    setWindowModality(Qt::WindowModal);
    const int n = int(names.size());
    const bool restore = purpose == Purpose::Restore;
    setWindowTitle(restore ? tr("Restore secrets") : tr("Delete secrets"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setText(restore ? tr("Restore %n secret(s) scheduled for deletion:", nullptr, n)
                             : tr("Delete %n secret(s):", nullptr, n));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setObjectName(QStringLiteral("secretList"));
    m_list->addItems(names);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    // One line per secret: uniform sizes keep a 1,000-secret run from re-laying out the whole
    // list on every result.
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(140);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(icon, icon));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);

    if (!restore) {
        auto *how = new QGroupBox(tr("How"), this);
        auto *howLayout = new QVBoxLayout(how);
        m_scheduled = new QRadioButton(tr("Schedule deletion, recoverable for"), how);
        m_scheduled->setObjectName(QStringLiteral("scheduledRadio"));
        m_scheduled->setChecked(true);
        m_days = new QSpinBox(how);
        m_days->setObjectName(QStringLiteral("daysSpin"));
        m_days->setRange(7, 30);
        m_days->setValue(30);
        m_days->setSuffix(tr(" days"));
        auto *scheduledRow = new QHBoxLayout;
        scheduledRow->addWidget(m_scheduled);
        scheduledRow->addWidget(m_days);
        scheduledRow->addStretch(1);
        m_immediate = new QRadioButton(tr("Delete immediately — cannot be undone"), how);
        m_immediate->setObjectName(QStringLiteral("immediateRadio"));
        QPalette danger = m_immediate->palette();
        // The error tone of the palette in use: dark red on light, light red on dark.
        const QColor red = PaletteTones::foreground(PaletteTones::Tone::Error, danger);
        danger.setColor(QPalette::Active, QPalette::WindowText, red);
        danger.setColor(QPalette::Inactive, QPalette::WindowText, red);
        m_immediate->setPalette(danger);
        howLayout->addLayout(scheduledRow);
        howLayout->addWidget(m_immediate);
        layout->addWidget(how);
        m_undoNote = new QLabel(this);
        m_undoNote->setObjectName(QStringLiteral("undoNote"));
        m_undoNote->setWordWrap(true);
        m_undoNote->setTextFormat(Qt::PlainText);
        m_undoNote->setAccessibleName(tr("Can this be undone"));
        layout->addWidget(m_undoNote);
        m_scheduled->setAccessibleName(tr("Schedule deletion"));
        m_scheduled->setAccessibleDescription(
                tr("The secrets stay recoverable for the chosen number of days; Edit > Undo "
                   "cancels the deletion."));
        m_days->setAccessibleName(tr("Recovery window in days"));
        m_immediate->setAccessibleName(tr("Delete immediately"));
        m_immediate->setAccessibleDescription(
                tr("Deletes the secrets and all their versions at once. This cannot be undone."));
        connect(m_scheduled, &QRadioButton::toggled, m_days, &QSpinBox::setEnabled);
        connect(m_immediate, &QRadioButton::toggled, this, &BulkDeleteDialog::updateButtons);

        m_confirmLabel = new QLabel(
                tr("To confirm, type the number of secrets (%1):").arg(confirmationText()), this);
        m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setAccessibleName(tr("Number of secrets to delete"));
        connect(m_confirm, &QLineEdit::textChanged, this, &BulkDeleteDialog::updateButtons);
        auto *confirmRow = new QHBoxLayout;
        confirmRow->addWidget(m_confirmLabel, 1);
        confirmRow->addWidget(m_confirm);
        layout->addLayout(confirmRow);
    }

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, qMax(1, n));
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);

    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_copyButton->setObjectName(QStringLiteral("copyReportButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_retryButton->setVisible(false);
    m_copyButton->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_startButton);
    layout->addLayout(buttons);

    connect(m_startButton, &QPushButton::clicked, this, &BulkDeleteDialog::start);
    connect(m_retryButton, &QPushButton::clicked, this, &BulkDeleteDialog::retryFailed);
    connect(m_copyButton, &QPushButton::clicked, this, &BulkDeleteDialog::copyReport);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkDeleteDialog::reject);
    // Each answer moved the bar, and each move repainted it (0.4 ms of the main thread per
    // secret, between the answers the run waits for): the steps between show at most every
    // 100 ms, the last one at once (issue 18).
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &BulkDeleteDialog::showProgress);
    connect(m_deleter, &BulkDeleter::progressed, this, [this](int done, int total) {
        m_progressDone = done;
        m_progressTotal = qMax(1, total);
        const qint64 since = m_progressShown.isValid() ? m_progressShown.elapsed() : -1;
        if (done >= total || since < 0 || since >= ProgressIntervalMs)
            showProgress();
        else if (!m_progressTimer->isActive())
            m_progressTimer->start(ProgressIntervalMs - int(since));
    });
    connect(m_deleter, &BulkDeleter::itemFinished, this, &BulkDeleteDialog::onItemFinished);
    connect(m_deleter, &BulkDeleter::finished, this, &BulkDeleteDialog::onFinished);
    setMinimumWidth(520);
    updateButtons();
    // The one thing to do before starting a deletion is to type the number: the cursor waits
    // there (the list above is read, not edited).
    if (m_confirm)
        m_confirm->setFocus(Qt::OtherFocusReason);
}

QString BulkDeleteDialog::confirmationText() const
{
    if (m_purpose == Purpose::Restore)
        return {};
    const int n = runCount();
    if (mode() == BulkDeleter::Mode::Scheduled)
        return QString::number(n);
    // Cannot be undone: what the Huawei console asks for (DELETE), with the count, or the
    // secret's own name when it is one; never the number the label prints for copying.
    if (n == 1)
        return runNames().constFirst();
    return QStringLiteral("DELETE %1").arg(n);
}

bool BulkDeleteDialog::canStart() const
{
    if (m_deleter->isRunning() || m_started || runCount() == 0)
        return false;
    return m_purpose == Purpose::Restore || m_confirm->text().trimmed() == confirmationText();
}

QStringList BulkDeleteDialog::runNames() const
{
    return runRows().first;
}

int BulkDeleteDialog::runCount() const
{
    const bool skip = mode() == BulkDeleter::Mode::Scheduled;
    return int(m_names.size()) - (skip ? int(m_alreadyScheduled.size()) : 0);
}

QStringList BulkDeleteDialog::alreadyScheduled() const
{
    QStringList names;
    for (const QString &name : m_names) {
        if (m_alreadyScheduled.contains(name))
            names << name;
    }
    return names;
}

QPair<QStringList, QList<int>> BulkDeleteDialog::runRows() const
{
    const bool skip = mode() == BulkDeleter::Mode::Scheduled && !m_alreadyScheduled.isEmpty();
    QStringList names;
    QList<int> rows;
    names.reserve(m_names.size());
    rows.reserve(m_names.size());
    for (int row = 0; row < m_names.size(); ++row) {
        if (skip && m_alreadyScheduled.contains(m_names.at(row)))
            continue;
        names << m_names.at(row);
        rows << row;
    }
    return {names, rows};
}

void BulkDeleteDialog::setAlreadyScheduled(const QStringList &names)
{
    if (m_purpose != Purpose::Delete || m_started)
        return;
    // Only names that are listed, so that runCount() can subtract.
    const QSet<QString> listed(m_names.cbegin(), m_names.cend());
    m_alreadyScheduled.clear();
    for (const QString &name : names) {
        if (listed.contains(name))
            m_alreadyScheduled.insert(name);
    }
    // The title counts what the list shows, and says that some of it is scheduled already (the
    // confirmation and the button count only the others for a scheduled deletion).
    if (!m_alreadyScheduled.isEmpty()) {
        m_title->setText(tr("Delete %n secret(s), %1 already scheduled for deletion:", nullptr,
                            int(m_names.size()))
                                 .arg(m_alreadyScheduled.size()));
    }
    updateButtons();
}

void BulkDeleteDialog::showAlreadyScheduled()
{
    // Before a start only: the run's own results replace these lines afterwards.
    if (m_alreadyScheduled.isEmpty())
        return;
    const bool scheduling = mode() == BulkDeleter::Mode::Scheduled;
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString name = m_names.value(row);
        if (!m_alreadyScheduled.contains(name))
            continue;
        item->setText(
                scheduling ? tr("%1 — already scheduled for deletion: left as it is").arg(name)
                           : tr("%1 — already scheduled for deletion: deleted now too").arg(name));
        item->setForeground(scheduling ? QBrush(grey) : QBrush());
    }
}

BulkDeleter::Mode BulkDeleteDialog::mode() const
{
    if (m_purpose == Purpose::Restore)
        return BulkDeleter::Mode::Restore;
    return m_immediate->isChecked() ? BulkDeleter::Mode::Immediate : BulkDeleter::Mode::Scheduled;
}

int BulkDeleteDialog::recoveryWindowDays() const
{
    return m_days ? m_days->value() : 30;
}

QString BulkDeleteDialog::undoNote() const
{
    if (m_purpose == Purpose::Restore)
        return {};
    return m_immediate->isChecked()
                   ? tr("Immediate deletion cannot be undone: it is not added to Edit > Undo, "
                        "and the secrets and all their versions are gone at once.")
                   : tr("Scheduled deletion can be undone with Edit > Undo (Ctrl+Z), or "
                        "restored later from the list, until the recovery window ends.");
}

void BulkDeleteDialog::updateButtons()
{
    const int n = runCount();
    if (m_undoNote)
        m_undoNote->setText(undoNote());
    if (m_confirmLabel && !m_started) {
        const bool immediate = m_immediate->isChecked();
        if (n == 0)
            m_confirmLabel->setText(tr("Nothing to schedule: every one of them is already "
                                       "scheduled for deletion."));
        else if (!immediate)
            m_confirmLabel->setText(tr("To confirm, type the number of secrets (%1):").arg(n));
        else if (n == 1)
            m_confirmLabel->setText(
                    tr("To delete it for good, type its name (%1):").arg(confirmationText()));
        else
            m_confirmLabel->setText(
                    tr("To delete them for good, type \"%1\":").arg(confirmationText()));
        m_confirm->setAccessibleName(immediate ? tr("Confirmation of the immediate deletion")
                                               : tr("Number of secrets to delete"));
        m_confirm->setEnabled(n > 0);
        showAlreadyScheduled();
    }
    if (m_purpose == Purpose::Restore)
        m_startButton->setText(tr("Restore %n secret(s)", nullptr, n));
    else if (m_immediate->isChecked())
        m_startButton->setText(tr("Delete %n secret(s) now", nullptr, n));
    else
        m_startButton->setText(tr("Schedule deletion of %n secret(s)", nullptr, n));
    const bool startable = canStart();
    m_startButton->setEnabled(startable);
    m_startButton->setVisible(!m_started);
    const bool running = m_deleter->isRunning();
    // Enter: starts once the number is typed (typing it is the safeguard, and "3, Enter" is what
    // people do); closes before that and when all is done; while the run goes on it does
    // nothing, even on a focused Cancel, so a second Enter cannot cancel the run half-way.
    m_startButton->setDefault(startable);
    m_closeButton->setAutoDefault(!running);
    m_closeButton->setDefault(!startable && !running);
    m_closeButton->setText(running ? tr("Cancel") : m_started ? tr("Close") : tr("Cancel"));
    const BulkSummary summary = m_deleter->summary();
    const bool retryable = m_started && !running
                           && (summary.failed + summary.unconfirmed + summary.notTried) > 0;
    m_retryButton->setVisible(retryable);
    m_copyButton->setVisible(m_started && !running);
}

void BulkDeleteDialog::start()
{
    if (!canStart())
        return;
    if (m_purpose == Purpose::Delete && m_client) {
        const int n = runCount();
        const QString action = mode() == BulkDeleter::Mode::Immediate
                                       ? tr("Delete %n secret(s) immediately", nullptr, n)
                                       : tr("Schedule the deletion of %n secret(s)", nullptr, n);
        ProductionGuard::confirm(this, m_client->profile(), action, this, [this](bool confirmed) {
            if (!confirmed) {
                m_summary->setText(tr("Not started: the production profile's name was not "
                                      "confirmed."));
                return;
            }
            if (canStart())
                startConfirmed();
        });
        return;
    }
    startConfirmed();
}

void BulkDeleteDialog::startConfirmed()
{
    auto [names, rows] = runRows();
    if (!m_deleter->start(names, mode(), recoveryWindowDays()))
        return;
    m_runRows = std::move(rows);
    m_started = true;
    if (m_scheduled) {
        m_scheduled->setEnabled(false);
        m_immediate->setEnabled(false);
        m_days->setEnabled(false);
        m_confirm->setEnabled(false);
    }
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_summary->setText(tr("Working…"));
    updateButtons();
}

void BulkDeleteDialog::retryFailed()
{
    if (m_deleter->retryFailed()) {
        m_summary->setText(tr("Retrying…"));
        updateButtons();
    }
}

QString BulkDeleteDialog::resultText(const BulkItemResult &result)
{
    using Status = BulkItemResult::Status;
    switch (result.status) {
    case Status::Waiting:
        return tr("%1 — waiting").arg(result.secretName);
    case Status::InFlight:
        return tr("%1 — in progress").arg(result.secretName);
    case Status::Succeeded:
        return tr("%1 — done").arg(result.secretName);
    case Status::NotTried:
        return tr("%1 — not tried (cancelled)").arg(result.secretName);
    case Status::Unconfirmed:
    case Status::Failed: {
        const QString reason = result.error ? result.error->summary() : QString();
        return result.status == Status::Failed
                       ? tr("%1 — failed: %2").arg(result.secretName, reason)
                       : tr("%1 — unconfirmed, the service did not answer: %2")
                                 .arg(result.secretName, reason);
    }
    }
    return result.secretName;
}

void BulkDeleteDialog::onItemFinished(int index, const BulkItemResult &result)
{
    const int row = m_runRows.value(index, -1);
    QListWidgetItem *item = m_list->item(row);
    if (!item || m_names.value(row) != result.secretName)
        return;
    // Results are applied once per item and again at the end: skip what did not change.
    const QString text = resultText(result);
    if (item->text() != text)
        item->setText(text);
    const int status = int(result.status) + 1;
    if (item->data(Qt::UserRole).toInt() == status)
        return;
    item->setData(Qt::UserRole, status);
    QStyle::StandardPixmap pixmap = QStyle::SP_DialogApplyButton;
    if (result.status == BulkItemResult::Status::Failed)
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (result.status != BulkItemResult::Status::Succeeded)
        pixmap = QStyle::SP_MessageBoxWarning;
    QIcon &icon = m_statusIcons[int(pixmap)];
    if (icon.isNull())
        icon = style()->standardIcon(pixmap); // decoded once per dialog, not once per secret
    item->setIcon(icon);
}

void BulkDeleteDialog::showProgress()
{
    m_progressTimer->stop();
    m_progress->setRange(0, m_progressTotal);
    m_progress->setValue(m_progressDone);
    m_progressShown.start();
}

void BulkDeleteDialog::onFinished(const BulkSummary &summary)
{
    if (m_progressTimer->isActive())
        showProgress(); // where the run stopped (a cancel ends it before the last step)
    const auto &results = m_deleter->results();
    for (int i = 0; i < results.size(); ++i)
        onItemFinished(i, results.at(i));
    m_summary->setText(summary.text());
    updateButtons();
    Q_EMIT runFinished(summary);
}

QString BulkDeleteDialog::report() const
{
    QStringList lines;
    switch (mode()) {
    case BulkDeleter::Mode::Scheduled:
        lines << tr("Scheduled deletion (%n day(s) to recover)", nullptr, recoveryWindowDays());
        break;
    case BulkDeleter::Mode::Immediate:
        lines << tr("Immediate deletion");
        break;
    case BulkDeleter::Mode::Restore:
        lines << tr("Restore");
        break;
    }
    const auto &results = m_deleter->results();
    for (const BulkItemResult &result : results)
        lines << resultText(result);
    if (mode() == BulkDeleter::Mode::Scheduled) {
        const QStringList skipped = alreadyScheduled();
        for (const QString &name : skipped)
            lines << tr("%1 — already scheduled for deletion: left as it is").arg(name);
    }
    lines << m_deleter->summary().text();
    return lines.join(QLatin1Char('\n'));
}

void BulkDeleteDialog::copyReport()
{
    // Names, statuses, codes and request ids only: nothing secret.
    QApplication::clipboard()->setText(report());
}

void BulkDeleteDialog::reject()
{
    if (m_deleter->isRunning()) {
        m_deleter->cancel();
        m_summary->setText(tr("Cancelling: no new secret is started…"));
        return;
    }
    QDialog::reject();
}

} // namespace keystage::ui
