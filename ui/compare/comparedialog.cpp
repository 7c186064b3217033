// SPDX-License-Identifier: Apache-2.0
#include "ui/compare/comparedialog.h"
#include "ui/dialogchrome.h"

#include "core/api/csmsclient.h"
#include "ui/clipboardguard.h"
#include "ui/secretvalueedit.h"
#include "ui/valuepanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace keystage::ui {

// ---- CompareModel ----

void CompareModel::setComparison(const VersionComparison &comparison)
{
    beginResetModel();
    m_keys = comparison.keys;
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareModel::changeText(KeyDifference::Change change)
{
    switch (change) {
    case KeyDifference::Change::Added:
        return tr("added");
    case KeyDifference::Change::Removed:
        return tr("removed");
    case KeyDifference::Change::Changed:
        return tr("changed");
    case KeyDifference::Change::Unchanged:
        break;
    }
    return tr("unchanged");
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyDifference &k = m_keys.at(index.row());
    const auto side = [](const QString &type, int length) {
        if (length < 0)
            return tr("absent");
        //: a JSON value's type and its length, e.g. "string, 12 characters"
        return tr("%1, %n character(s)", nullptr, length).arg(type);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return k.path;
        case ChangeColumn:
            return changeText(k.change);
        case LeftColumn:
            return side(k.leftType, k.leftLength);
        case RightColumn:
            return side(k.rightType, k.rightLength);
        default:
            return {};
        }
    case ChangeRole:
        return int(k.change);
    case Qt::FontRole:
        if (k.change != KeyDifference::Change::Unchanged && index.column() == ChangeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Key");
    case ChangeColumn:
        return tr("Change");
    case LeftColumn:
        return tr("Left");
    case RightColumn:
        return tr("Right");
    default:
        return {};
    }
}

// ---- CompareDialog ----

struct CompareDialog::Side
{
    QLineEdit *secret = nullptr;
    QComboBox *which = nullptr; // a version id or a stage name
    std::optional<Version> version;
    QString resolvedVersion;
};

CompareDialog::CompareDialog(CsmsClient *client, ClipboardGuard *clipboard,
                             const QString &secretName, const QStringList &versions,
                             const QString &left, const QString &right, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_clipboard(clipboard)
    , m_model(new CompareModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_reveal(new QPushButton(tr("&Reveal this key"), this))
    , m_leftValue(new SecretValueEdit(this))
    , m_rightValue(new SecretValueEdit(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare two values"));
    setAccessibleName(windowTitle());
    resize(openingSize(this, {720, 520}));

    auto *sides = new QGridLayout;
    const QString sideNames[2] = {tr("Left"), tr("Right")};
    const QString chosen[2] = {left, right};
    for (int i = 0; i < 2; ++i) {
        m_sides[i] = std::make_unique<Side>();
        Side &s = *m_sides[i];
        s.secret = new QLineEdit(secretName, this);
        s.secret->setObjectName(i == 0 ? QStringLiteral("leftSecret")
                                       : QStringLiteral("rightSecret"));
        s.secret->setAccessibleName(tr("%1 secret").arg(sideNames[i]));
        s.which = new QComboBox(this);
        s.which->setObjectName(i == 0 ? QStringLiteral("leftVersion")
                                      : QStringLiteral("rightVersion"));
        s.which->setEditable(true);
        s.which->addItems(versions);
        s.which->setCurrentText(chosen[i]);
        s.which->setAccessibleName(tr("%1 version or stage").arg(sideNames[i]));
        s.which->setToolTip(tr("A version id (v3) or a stage name (SYSCURRENT)"));
        auto *label = new QLabel(sideNames[i] + QLatin1Char(':'), this);
        label->setBuddy(s.secret);
        sides->addWidget(label, i, 0);
        sides->addWidget(s.secret, i, 1);
        sides->addWidget(s.which, i, 2);
        connect(s.secret, &QLineEdit::returnPressed, this, &CompareDialog::compare);
    }
    sides->setColumnStretch(1, 2);
    sides->setColumnStretch(2, 1);

    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setDefault(true);
    m_compare->setToolTip(tr("Fetch both values and compare them; neither is shown"));
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Nothing is fetched until you choose Compare."));

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CompareModel::PathColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Keys compared"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                hideKey();
                m_reveal->setEnabled(current.isValid()
                                     && m_model->key(current.row()).change
                                                != KeyDifference::Change::Unchanged);
            });

    m_reveal->setObjectName(QStringLiteral("revealKeyButton"));
    m_reveal->setEnabled(false);
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the two values of the selected key; they hide themselves after "
                            "%n second(s)",
                            nullptr, ValuePanel::defaultAutoHideSeconds));
    connect(m_reveal, &QPushButton::clicked, this, [this](bool on) {
        if (on)
            revealKey(m_table->currentIndex().row());
        else
            hideKey();
    });
    for (SecretValueEdit *view : {m_leftValue, m_rightValue}) {
        view->setReadOnly(true);
        view->setClipboardGuard(m_clipboard);
        view->setContextMenuPolicy(Qt::NoContextMenu);
        view->setTextInteractionFlags(Qt::NoTextInteraction);
        view->setMaximumHeight(view->fontMetrics().height() * 4);
    }
    m_leftValue->setObjectName(QStringLiteral("leftKeyValue"));
    m_rightValue->setObjectName(QStringLiteral("rightKeyValue"));
    m_leftValue->setAccessibleName(tr("Left value of the key"));
    m_rightValue->setAccessibleName(tr("Right value of the key"));
    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, &CompareDialog::hideKey);

    auto *values = new QHBoxLayout;
    values->addWidget(m_leftValue);
    values->addWidget(m_rightValue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addLayout(sides, 1);
    top->addWidget(m_compare, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reveal, 0, Qt::AlignLeft);
    layout->addLayout(values);
    layout->addWidget(buttons);
}

CompareDialog::~CompareDialog()
{
    wipe();
}

void CompareDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void CompareDialog::wipe()
{
    ++m_generation;
    hideKey();
    for (auto &side : m_sides) {
        if (side && side->version) {
            side->version->wipe();
            side->version.reset();
        }
    }
}

bool CompareDialog::isKeyRevealed() const
{
    return !m_leftValue->isEmpty() || !m_rightValue->isEmpty();
}

QString CompareDialog::summary() const
{
    return m_summary->text();
}

void CompareDialog::compare()
{
    if (!m_client || m_pending > 0)
        return;
    wipe();
    m_model->setComparison({});
    m_salt = newCompareSalt();
    m_pending = 2;
    m_compare->setEnabled(false);
    m_summary->setText(tr("Fetching both values…"));
    fetchSide(0);
    fetchSide(1);
}

void CompareDialog::fetchSide(int side)
{
    Side &s = *m_sides[side];
    const QString secret = s.secret->text().trimmed();
    const QString which = s.which->currentText().trimmed();
    static const QRegularExpression versionId(QStringLiteral("^v[1-9][0-9]*$"));
    if (versionId.match(which).hasMatch()) {
        fetchVersion(side, which);
        return;
    }
    // A stage: where it points now, then that version.
    const quint64 generation = m_generation;
    ++m_fetches;
    auto *reply = m_client->showStage(secret, which);
    reply->then(this, [this, side, generation, which](const ApiResult<Stage> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            sideFailed(side, tr("Stage %1").arg(which), result.error());
            return;
        }
        fetchVersion(side, result->versionId);
    });
}

void CompareDialog::fetchVersion(int side, const QString &versionId)
{
    Side &s = *m_sides[side];
    const QString secret = s.secret->text().trimmed();
    s.resolvedVersion = versionId;
    const quint64 generation = m_generation;
    ++m_fetches;
    auto *reply = m_client->showVersion(secret, versionId);
    reply->then(this,
                [this, side, generation, secret, versionId](const ApiResult<Version> &result) {
                    if (generation != m_generation)
                        return;
                    if (!result.ok()) {
                        sideFailed(side, tr("%1 / %2").arg(secret, versionId), result.error());
                        return;
                    }
                    m_sides[side]->version = result.value();
                    const_cast<Version &>(result.value()).wipe();
                    if (--m_pending == 0)
                        finish();
                });
}

void CompareDialog::sideFailed(int side, const QString &what, const ApiError &error)
{
    Q_UNUSED(side)
    ++m_generation; // the other side's answer is of no use now
    m_pending = 0;
    wipe();
    m_compare->setEnabled(true);
    m_summary->setText(tr("%1 could not be read: %2").arg(what, error.message));
    Q_EMIT failed(tr("Comparing failed"), error);
}

void CompareDialog::finish()
{
    m_compare->setEnabled(true);
    const VersionComparison c = compareValues(*m_sides[0]->version, *m_sides[1]->version, m_salt);
    m_model->setComparison(c);
    const QString left = m_sides[0]->resolvedVersion;
    const QString right = m_sides[1]->resolvedVersion;
    QString text;
    if (c.identical) {
        text = tr("%1 and %2 hold the same value.").arg(left, right);
    } else if (c.kind == VersionComparison::Kind::Json) {
        text = tr("%1 → %2: %3 changed, %4 added, %5 removed, %6 unchanged. Values stay masked: "
                  "select a changed key and Reveal it to see both.")
                       .arg(left, right)
                       .arg(c.count(KeyDifference::Change::Changed))
                       .arg(c.count(KeyDifference::Change::Added))
                       .arg(c.count(KeyDifference::Change::Removed))
                       .arg(c.count(KeyDifference::Change::Unchanged));
    } else {
        //: %3 and %4 are lengths, %5 and %6 short fingerprints of the two values
        text = tr("The values differ. %1: %3 characters, fingerprint %5. %2: %4 characters, "
                  "fingerprint %6. Fingerprints are salted for this comparison only.")
                       .arg(left, right)
                       .arg(c.leftLength)
                       .arg(c.rightLength)
                       .arg(c.leftFingerprint, c.rightFingerprint);
    }
    m_summary->setText(text);
    // Text values are not kept for a reveal: only JSON keys can be revealed one by one.
    if (c.kind != VersionComparison::Kind::Json) {
        for (auto &side : m_sides) {
            side->version->wipe();
            side->version.reset();
        }
    }
    Q_EMIT compared();
}

void CompareDialog::revealKey(int row)
{
    hideKey();
    if (row < 0 || row >= m_model->rowCount() || !m_sides[0]->version || !m_sides[1]->version)
        return;
    const QString path = m_model->key(row).path;
    std::optional<QString> left = valueAt(*m_sides[0]->version, path);
    std::optional<QString> right = valueAt(*m_sides[1]->version, path);
    m_leftValue->setPlainText(left ? *left : tr("(absent)"));
    m_rightValue->setPlainText(right ? *right : tr("(absent)"));
    if (left)
        SecretValueEdit::wipeString(*left);
    if (right)
        SecretValueEdit::wipeString(*right);
    for (SecretValueEdit *view : {m_leftValue, m_rightValue})
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reveal->setChecked(true);
    m_reveal->setText(tr("&Hide the values"));
    m_autoHide.start(ValuePanel::defaultAutoHideSeconds * 1000);
}

void CompareDialog::hideKey()
{
    m_autoHide.stop();
    for (SecretValueEdit *view : {m_leftValue, m_rightValue}) {
        view->wipe();
        view->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    m_reveal->setChecked(false);
    m_reveal->setText(tr("&Reveal this key"));
}

} // namespace keystage::ui
