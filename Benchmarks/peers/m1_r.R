# Peer task "M1 accuracy" with R's forecast package: ets and thetaf, 95% intervals. Usage: Rscript m1_r.R m1-yearly.csv
suppressMessages(library(forecast))
d <- read.csv(commandArgs(TRUE)[1])
for (method in c("ets", "thetaf")) {
  sm <- c(); ma <- c(); cov <- 0; n <- 0
  for (id in unique(d$series)) {
    tr <- d[d$series == id & d$part == "train", "value"]; te <- d[d$series == id & d$part == "test", "value"]
    f <- if (method == "ets") forecast(ets(ts(tr)), h = length(te), level = 95) else thetaf(ts(tr), h = length(te), level = 95)
    m <- as.numeric(f$mean); lo <- as.numeric(f$lower); hi <- as.numeric(f$upper)
    sm <- c(sm, 200 * abs(te - m) / (abs(te) + abs(m))); ma <- c(ma, mean(abs(te - m)) / mean(abs(diff(tr))))
    cov <- cov + sum(te >= lo & te <= hi); n <- n + length(te)
  }
  cat(sprintf("R %s,%.2f,%.3f,%.3f\n", method, mean(sm), mean(ma), cov / n))
}
