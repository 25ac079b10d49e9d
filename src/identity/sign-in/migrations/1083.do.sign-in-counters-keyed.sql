-- 1083: the sign-in counters of a typed user name (a citizen id) were kept by its unkeyed SHA-256, which hashing every
-- 13-digit id undoes; they are now kept by HMACs under the keyring's blind index of the id (SignInThrottle), whose key
-- is never in the database. The old rows cannot be carried over and are dropped: the counters are transient (an hour's
-- budget per user name; a pair's run of failures, its lock and its known address), so a run of failures, a lock or a
-- known address under way when this runs starts afresh. The per-address budgets hold no user name and stay.

DELETE FROM sign_in_limits WHERE key LIKE 'user-name:%';
DELETE FROM sign_in_pairs;
