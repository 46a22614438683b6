#pragma once
// HistoryView: every change Kontor made to a shop (the audit log), newest first, in words: when, which
// profile, what was changed on which record, from what to what, whether the shop took it and what it said.
// A search over all of it, CSV export, Ctrl+C. The log is read on its own thread; the view refreshes when a
// row is added.

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace kontor {
class ProfileStore;
}

namespace kontor::gui {

class MessageBanner;

class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, ProfileName, Action, Target, Before, After, OutcomeText, MessageText, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    HistoryTableModel(const ProfileStore* profiles, QObject* parent = nullptr);
    void setEntries(QList<AuditEntry> entries);
    const AuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Order status" for "order.status"; the wire name for an action Kontor does not know.
    static QString actionText(const QString& action);

private:
    QString valueText(const AuditEntry& entry, const QString& value) const;

    const ProfileStore* m_profiles;
    QList<AuditEntry> m_entries;
};

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(AuditLog* audit, const ProfileStore* profiles, QWidget* parent = nullptr);

    void reload();
    void focusFilter();
    void exportCsv();
    void exportCsvTo(const QString& path);

    HistoryTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }

signals:
    void loaded(int rows);
    void exported(const QString& path, int rows, const kontor::Error& error);

private:
    void updateCount();

    QPointer<AuditLog> m_audit;
    HistoryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QToolButton* m_export;
    QToolButton* m_refresh;
    MessageBanner* m_banner;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace kontor::gui
