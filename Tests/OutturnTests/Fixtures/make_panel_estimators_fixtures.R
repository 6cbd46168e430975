# Reference values for PanelRegression's estimators from R's plm 2.6 (Croissant & Millo) on three panels nobody
# tuned against: Grunfeld (10 firms x 20 years, balanced), Produc (48 US states x 17 years, balanced) and
# EmplUK (140 UK firms, 1976-1984, unbalanced), written to panel_estimators.json.
# Estimators: pooling, within (one-way), within twoways, random (Swamy-Arora; balanced panels) and first
# differences. Standard errors: classical; clustered by group, by time and both (vcovHC / vcovDC, arellano,
# types HC0 and "sss"); Stata's small-sample factor for the within model counts the constant:
# G/(G-1) (n-1)/(n-k-1), i.e. the sss variance times (n-k)/(n-k-1). R^2 as plm reports it, and Stata's
# within / between / overall R^2 as squared correlations (xtreg's definitions). Hausman test (phtest) of
# within against random.
# Run: Rscript make_panel_estimators_fixtures.R
suppressMessages({library(plm); library(jsonlite)})
se <- function(v) unname(sqrt(diag(v)))
sq_cor <- function(a, b) if (sd(a) > 0 && sd(b) > 0) cor(a, b)^2 else NA
fits <- function(formula, data, index, balanced) {
  pd <- pdata.frame(data, index = index)
  y <- model.response(model.frame(formula, data = data))
  X <- model.matrix(formula, data = data)[, -1, drop = FALSE]
  g <- data[[index[1]]]
  models <- list(pooled = "pooling", fixed = "within", twoways = "within", first_difference = "fd")
  if (balanced) models$random <- "random"
  out <- list()
  for (name in names(models)) {
    fit <- if (name == "twoways") plm(formula, data = pd, model = "within", effect = "twoways")
           else plm(formula, data = pd, model = models[[name]])
    s <- summary(fit)
    k <- length(coef(fit)); n <- nobs(fit)
    r <- list(names = names(coef(fit)), coefficients = unname(coef(fit)), se = unname(s$coefficients[, 2]),
              t = unname(s$coefficients[, 3]), p = unname(s$coefficients[, 4]),
              cluster_group_hc0 = se(vcovHC(fit, method = "arellano", type = "HC0", cluster = "group")),
              cluster_group_sss = se(vcovHC(fit, method = "arellano", type = "sss", cluster = "group")),
              r_squared = unname(s$r.squared["rsq"]), adj_r_squared = unname(s$r.squared["adjrsq"]),
              df_residual = fit$df.residual, n = n)
    if (name != "first_difference") {
      r$cluster_time_sss <- se(vcovHC(fit, method = "arellano", type = "sss", cluster = "time"))
      r$cluster_both_sss <- se(vcovDC(fit, type = "sss"))
    }
    if (name == "fixed") r$cluster_group_stata <- r$cluster_group_sss * sqrt((n - k) / (n - k - 1))
    if (name == "random") {
      r$sigma2_idios <- unname(ercomp(fit)$sigma2["idios"]); r$sigma2_id <- unname(ercomp(fit)$sigma2["id"])
      r$theta <- unname(ercomp(fit)$theta)
    }
    # Stata's R^2 for the slopes b (no intercept): within, between, overall, as squared correlations.
    b <- coef(fit)[colnames(X)]
    xb <- as.vector(X %*% b)
    gm <- function(v) ave(v, g)
    r$r2_within <- sq_cor(y - gm(y), xb - gm(xb))
    means <- aggregate(data.frame(y = y, xb = xb), by = list(g = g), FUN = mean)
    r$r2_between <- sq_cor(means$y, means$xb)
    r$r2_overall <- sq_cor(y, xb)
    out[[name]] <- r
  }
  if (balanced) {
    h <- phtest(plm(formula, data = pd, model = "within"), plm(formula, data = pd, model = "random"))
    out$hausman <- list(statistic = unname(h$statistic), df = unname(h$parameter), p = unname(h$p.value))
  }
  out
}
data("Grunfeld", package = "plm"); data("Produc", package = "plm"); data("EmplUK", package = "plm")
Produc$lgsp <- log(Produc$gsp); Produc$lpcap <- log(Produc$pcap); Produc$lpc <- log(Produc$pc); Produc$lemp <- log(Produc$emp)
out <- list(
  grunfeld = list(data = list(group = as.integer(Grunfeld$firm), year = Grunfeld$year, y = Grunfeld$inv,
                              x = list(value = Grunfeld$value, capital = Grunfeld$capital)),
                  fits = fits(inv ~ value + capital, Grunfeld, c("firm", "year"), TRUE)),
  produc = list(data = list(group = as.integer(Produc$state), year = Produc$year, y = Produc$lgsp,
                            x = list(lpcap = Produc$lpcap, lpc = Produc$lpc, lemp = Produc$lemp, unemp = Produc$unemp)),
                fits = fits(lgsp ~ lpcap + lpc + lemp + unemp, Produc, c("state", "year"), TRUE)),
  empluk = list(data = list(group = as.integer(EmplUK$firm), year = EmplUK$year, y = EmplUK$emp,
                            x = list(wage = EmplUK$wage, capital = EmplUK$capital, output = EmplUK$output)),
                fits = fits(emp ~ wage + capital + output, EmplUK, c("firm", "year"), FALSE))
)
write_json(out, "panel_estimators.json", digits = NA, auto_unbox = TRUE)
cat("wrote panel_estimators.json\n")
